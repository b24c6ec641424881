/** MyBatis mappers of the evidence table ({@code evd_evidence}); SQL in the XML beside each interface. */
package cn.zhifa.evidence.mapper;
