package cn.zhifa.planner.testing;

import cn.zhifa.platform.testing.HmacLinks;
import jakarta.enterprise.context.ApplicationScoped;

/** The link signer of inspection-planner's own tests (credential-service is not on this module's class path). */
@ApplicationScoped
public class Links extends HmacLinks {
}
