/** National identifier rules that several modules need (GB 11643 resident identity numbers). */
package cn.zhifa.platform.identity;
