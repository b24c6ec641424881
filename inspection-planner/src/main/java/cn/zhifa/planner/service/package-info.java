/** Inspection-planner services: each public writing method is one transaction that ends with its audit event. */
package cn.zhifa.planner.service;
