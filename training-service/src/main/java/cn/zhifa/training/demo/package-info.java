/** The training part of the demo data: courses and attendance for the demo officers, some compliant, some behind. */
package cn.zhifa.training.demo;
