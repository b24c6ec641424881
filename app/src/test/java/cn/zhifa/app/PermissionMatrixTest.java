package cn.zhifa.app;

import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.Tokens;
import io.helidon.microprofile.testing.junit5.HelidonTest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import org.apache.ibatis.io.ResolverUtil;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of every module × every role, found by reflection so that a new endpoint cannot
 * escape: a protected path needs a token (401 without), refuses the roles it does not name (403) and
 * lets the ones it names through (whatever the business answer to the dummy request is); public
 * paths are {@code @PermitAll}.
 */
@HelidonTest
@DatabaseTest
public class PermissionMatrixTest {
    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class, "GET", HEAD.class, "HEAD", POST.class, "POST", PUT.class, "PUT", PATCH.class, "PATCH",
            DELETE.class, "DELETE");

    @Inject
    WebTarget target;

    /** One resource method: HTTP method, path with dummy parameters, and who may call it (also used by hostile.*). */
    public record Endpoint(String httpMethod, String path, Set<String> roles, boolean permitAll, String consumes,
                    String javaMethod) {
    }

    public static List<Endpoint> endpoints() {
        ResolverUtil<Object> resolver = new ResolverUtil<>();
        resolver.findAnnotated(Path.class, "cn.zhifa");
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> type : resolver.getClasses()) {
            if (type.getName().contains(".probe.") || type.isInterface()) {
                continue;
            }
            String base = type.getAnnotation(Path.class).value();
            for (Method method : type.getMethods()) {
                String http = METHODS.entrySet().stream().filter(e -> method.isAnnotationPresent(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = ("/" + base + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/")
                        .replaceAll("/$", "").replaceAll("\\{[^}:]+(:[^}]*)?}", "1");
                RolesAllowed allowed = method.isAnnotationPresent(RolesAllowed.class)
                        ? method.getAnnotation(RolesAllowed.class) : type.getAnnotation(RolesAllowed.class);
                boolean permitAll = method.isAnnotationPresent(PermitAll.class)
                        || (allowed == null && type.isAnnotationPresent(PermitAll.class));
                Set<String> roles = allowed == null ? Set.of() : new TreeSet<>(Arrays.asList(allowed.value()));
                Consumes consumes = method.isAnnotationPresent(Consumes.class)
                        ? method.getAnnotation(Consumes.class) : type.getAnnotation(Consumes.class);
                String mediaType = consumes == null ? MediaType.APPLICATION_JSON : consumes.value()[0].split(",")[0].strip();
                endpoints.add(new Endpoint(http, path.isEmpty() ? "/" : path, roles, permitAll, mediaType,
                        type.getSimpleName() + "." + method.getName()));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::httpMethod));
        return endpoints;
    }

    /** The status of one call, with a body of the type the endpoint consumes so that routing does not answer 415 first. */
    private int call(Endpoint endpoint, String bearer) {
        boolean bodiless = Set.of("GET", "HEAD", "DELETE").contains(endpoint.httpMethod());
        return ApiClient.of(target).send(endpoint.httpMethod(), endpoint.path(), bearer,
                bodiless ? null : endpoint.consumes(),
                bodiless ? null : (endpoint.consumes().contains("json") ? "{}" : "").getBytes(StandardCharsets.UTF_8),
                Map.of()).status();
    }

    @Test
    void shouldDeclareWhoMayCallEveryEndpoint() {
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() >= 5, "found " + endpoints);
        List<String> undeclared = new ArrayList<>();
        for (Endpoint e : endpoints) {
            boolean isPublic = e.path().startsWith("/public") || e.path().startsWith("/verify")
                    || e.path().equals("/auth/dev-token");
            if (isPublic != e.permitAll() || (!isPublic && e.roles().isEmpty())
                    || !Roles.ALL.containsAll(e.roles())) {
                undeclared.add(e.javaMethod() + " " + e.httpMethod() + " " + e.path() + " " + e.roles());
            }
        }
        assertEquals(List.of(), undeclared, "public paths are @PermitAll, all others @RolesAllowed with known roles");
    }

    @Test
    void shouldKeepDrawJobsToPlanners() {
        // the draw runs as a job (POST /plans/{id}/draw answers 202 with it); only planners may follow it
        List<Endpoint> drawJobs = endpoints().stream().filter(e -> e.path().startsWith("/api/v1/draw-jobs")).toList();
        assertEquals(List.of("GET /api/v1/draw-jobs/1 [planner]"), drawJobs.stream()
                .map(e -> e.httpMethod() + " " + e.path() + " " + e.roles()).toList());
        assertEquals(Set.of(Roles.PLANNER), endpoints().stream()
                .filter(e -> e.path().equals("/api/v1/plans/1/draw") && e.httpMethod().equals("POST"))
                .findFirst().orElseThrow().roles());
    }

    @Test
    void shouldKeepResultsToPlannersAndTeamOfficers() {
        // an inspection's result, and each matter's of a joint one, is entered by the planner or an officer of the
        // team (of the matter's agency: checked by the service, OfficerIsolationTest); no other role
        assertEquals(Set.of(Roles.PLANNER, Roles.OFFICER), endpoints().stream()
                .filter(e -> e.path().equals("/api/v1/inspections/1/result") && e.httpMethod().equals("PUT"))
                .findFirst().orElseThrow().roles());
    }

    @Test
    void shouldKeepTheFieldRecordToItsRoles() {
        // the check list: planners write it (of their agencies), officers, planners and the judicial bureau read it;
        // the full-process record: only officers write it (of the team: checked by the service, FieldRecordApiTest),
        // the team, planners and the judicial bureau read it (of the plan's agencies); the public has no path to it
        Map<String, Set<String>> expected = new java.util.TreeMap<>(Map.of(
                "GET /api/v1/matters/1/checklist", Set.of(Roles.PLANNER, Roles.OFFICER, Roles.JUDICIAL),
                "PUT /api/v1/matters/1/checklist", Set.of(Roles.PLANNER),
                "POST /api/v1/matters/1/checklist/import", Set.of(Roles.PLANNER),
                "GET /api/v1/inspections/1/record", Set.of(Roles.OFFICER, Roles.PLANNER, Roles.JUDICIAL),
                "POST /api/v1/inspections/1/check-in", Set.of(Roles.OFFICER),
                "PUT /api/v1/inspections/1/findings", Set.of(Roles.OFFICER),
                "POST /api/v1/inspections/1/acknowledgement", Set.of(Roles.OFFICER),
                "POST /api/v1/inspections/1/confirm", Set.of(Roles.OFFICER)));
        Map<String, Set<String>> actual = new java.util.TreeMap<>();
        endpoints().stream().filter(e -> expected.containsKey(e.httpMethod() + " " + e.path()))
                .forEach(e -> actual.put(e.httpMethod() + " " + e.path(), e.roles()));
        assertEquals(expected, actual);
        assertEquals(List.of(), endpoints().stream().filter(e -> e.path().startsWith("/public")
                && e.path().matches(".*/(record|checklist|findings|check-in|acknowledgement|confirm)(/.*)?")).toList());
    }

    @Test
    void shouldRefuseEveryProtectedEndpointWithoutATokenAndToEveryOtherRole() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (e.permitAll()) {
                continue;
            }
            int anonymous = call(e, null);
            if (anonymous != 401) {
                wrong.add("no token " + e + " -> " + anonymous);
            }
            for (String role : Roles.ALL) {
                String subject = role.equals(Roles.OFFICER) ? "999999" : role + "-matrix";
                int status = call(e, Tokens.bearer(subject, role));
                boolean refused = status == 401 || status == 403;
                boolean mayCall = e.roles().contains(role);
                // an officer may be refused a record that is not their own: that is the self rule
                boolean selfRule = role.equals(Roles.OFFICER) && status == 403;
                if (mayCall ? refused && !selfRule : status != 403) {
                    wrong.add(role + " " + e + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldAnswerPublicEndpointsWithoutAToken() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (e.permitAll()) {
                int status = call(e, null);
                if (status == 401 || status == 403) {
                    wrong.add(e + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
