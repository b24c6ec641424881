/** The demo data set of the credential service: a roster of Changshou district with credentials in every state. */
package cn.zhifa.credential.demo;
