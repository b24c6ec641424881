/** Hash primitives every public, recomputable record uses (the audit chain, exam papers). */
package cn.zhifa.platform.crypto;
