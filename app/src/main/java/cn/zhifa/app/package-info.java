/** The all-in-one deployable: start-up tasks that span the modules, such as the demo data. */
package cn.zhifa.app;
