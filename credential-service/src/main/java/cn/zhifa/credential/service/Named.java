package cn.zhifa.credential.service;

/** A dictionary code with its Chinese name, as public responses show it. */
public record Named(String code, String name) {
}
