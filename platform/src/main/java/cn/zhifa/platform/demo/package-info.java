/** Demo data for the embedded default: each module contributes a set, loaded once into an empty database. */
package cn.zhifa.platform.demo;
