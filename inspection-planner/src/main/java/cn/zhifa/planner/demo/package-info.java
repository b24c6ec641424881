/** The planner's demo data set: a target directory in Chongqing, two matters and a sealed, drawn plan. */
package cn.zhifa.planner.demo;
