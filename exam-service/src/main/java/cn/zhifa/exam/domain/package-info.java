/** The exam rules in plain Java: questions, blueprints, the seeded paper draw, scoring, exemption and item analysis. */
package cn.zhifa.exam.domain;
