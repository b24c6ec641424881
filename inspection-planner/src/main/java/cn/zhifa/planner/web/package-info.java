/** JAX-RS resources of the inspection planner: thin, role-checked, answering JSON (and CSV where named). */
package cn.zhifa.planner.web;
