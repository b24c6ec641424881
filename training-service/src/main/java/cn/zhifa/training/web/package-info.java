/**
 * The JAX-RS resources of training-service (thin: they check the caller and hand over to a service),
 * the JSON views they return, and the CSV, xlsx and printable HTML renderings of reports.
 */
package cn.zhifa.training.web;
