package cn.zhifa.app.instances;

import cn.zhifa.platform.testing.ApiClient;

/** The audit record's chain as a started server's admin sees it. */
public final class AuditChain {
    private AuditChain() {
    }

    /** Whether the chain of the whole record verifies. */
    public static boolean valid(ApiClient api) {
        return api.get("/api/v1/audit/verify", api.devToken("admin-it", "admin")).expect(200).json().getBoolean("valid");
    }
}
