/** Plain text: the characters a stored name or text may hold, checked for every write API and import. */
package cn.zhifa.platform.text;
