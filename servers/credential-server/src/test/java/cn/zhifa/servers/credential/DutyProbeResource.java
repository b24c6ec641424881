package cn.zhifa.servers.credential;

import cn.zhifa.platform.contract.TrainingDutyQuery;
import cn.zhifa.platform.contract.TrainingDutyStatus;
import cn.zhifa.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test only: calls the training duty query inside a request, as the annual review does. */
@Path("/api/test/duty/{id}/{year}")
@ApplicationScoped
public class DutyProbeResource {
    @Inject
    TrainingDutyQuery duties;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.JUDICIAL)
    public TrainingDutyStatus duty(@PathParam("id") long id, @PathParam("year") int year) {
        return duties.yearlyDuty(id, year);
    }
}
