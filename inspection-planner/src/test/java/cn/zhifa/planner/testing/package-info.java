/** Test helpers of inspection-planner: inspection targets (credit codes, import files). */
package cn.zhifa.planner.testing;
