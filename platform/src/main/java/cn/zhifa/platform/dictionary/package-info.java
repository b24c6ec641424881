/** Dictionaries (agencies, 执法类别, GB/T 2260 divisions, training categories, result codes): seeded by migrations, read-only. */
package cn.zhifa.platform.dictionary;
