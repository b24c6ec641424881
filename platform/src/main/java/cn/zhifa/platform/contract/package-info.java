/**
 * Queries one service publishes for another, as Java interfaces: the owner implements them, the
 * reader injects them, and both sides test them.
 */
package cn.zhifa.platform.contract;
