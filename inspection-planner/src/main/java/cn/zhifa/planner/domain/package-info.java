/** Plain rules of the double-random draw (双随机): identifiers, the target draw, the seal; no CDI, no SQL. */
package cn.zhifa.planner.domain;
