package cn.zhifa.app;

import cn.zhifa.app.AgencyScopeCalls.Call;
import cn.zhifa.app.AgencyScopeCalls.Kind;
import cn.zhifa.app.AgencyScopeCalls.Records;
import cn.zhifa.app.hostile.AgencyRecords;
import cn.zhifa.app.hostile.DatabaseChecksum;
import cn.zhifa.db.testing.DatabaseTest;
import cn.zhifa.platform.security.Roles;
import cn.zhifa.platform.testing.ApiClient;
import cn.zhifa.platform.testing.ApiClient.Reply;
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
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every endpoint of every module × every role, found by reflection so that a new endpoint cannot
 * escape: a protected path needs a token (401 without), refuses the roles it does not name (403) and
 * lets the ones it names through (whatever the business answer to the dummy request is); public
 * paths are {@code @PermitAll}. And × inside/outside the agency scope (issue 19): every endpoint is either
 * called on a record of agency A ({@link AgencyScopeCalls#scoped}) or named with the reason it is not
 * ({@link AgencyScopeCalls#UNSCOPED}); each staff role it names gets through with a token of an agency
 * covering the record and is refused (403, 404 for a read, a list without the record) with nothing changed
 * in the database with a token of an agency that does not.
 */
@HelidonTest
@DatabaseTest
public class PermissionMatrixTest {
    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class, "GET", HEAD.class, "HEAD", POST.class, "POST", PUT.class, "PUT", PATCH.class, "PATCH",
            DELETE.class, "DELETE");

    /**
     * Endpoints a signed, short-lived link authorises instead of a token ({@code @PermitAll}, not public): the link,
     * given by an endpoint of the matrix to whoever may read the record, opens one file for that reader.
     */
    public static final Set<String> LINK_AUTHORISED = Set.of("EvidenceResource.content");

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

    /** One call, with a body of the type the endpoint consumes so that routing does not answer 415 first. */
    private Reply call(Endpoint endpoint, String bearer) {
        boolean bodiless = Set.of("GET", "HEAD", "DELETE").contains(endpoint.httpMethod());
        return ApiClient.of(target).send(endpoint.httpMethod(), endpoint.path(), bearer,
                bodiless ? null : endpoint.consumes(),
                bodiless ? null : (endpoint.consumes().contains("json") ? "{}" : "").getBytes(StandardCharsets.UTF_8),
                Map.of());
    }

    @Test
    void shouldDeclareWhoMayCallEveryEndpoint() {
        List<Endpoint> endpoints = endpoints();
        assertTrue(endpoints.size() >= 5, "found " + endpoints);
        List<String> undeclared = new ArrayList<>();
        for (Endpoint e : endpoints) {
            boolean isPublic = e.path().startsWith("/public") || e.path().startsWith("/verify")
                    || e.path().equals("/auth/dev-token") || LINK_AUTHORISED.contains(e.javaMethod());
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
        // the team, planners and the judicial bureau read it (of the plan's agencies); the list of records not final
        // (overdue and incomplete inspections) is for planners and the judicial bureau; the public has no path to it
        Map<String, Set<String>> expected = new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("GET /api/v1/matters/1/checklist", Set.of(Roles.PLANNER, Roles.OFFICER, Roles.JUDICIAL)),
                Map.entry("PUT /api/v1/matters/1/checklist", Set.of(Roles.PLANNER)),
                Map.entry("POST /api/v1/matters/1/checklist/import", Set.of(Roles.PLANNER)),
                Map.entry("GET /api/v1/inspections/1/record", Set.of(Roles.OFFICER, Roles.PLANNER, Roles.JUDICIAL)),
                Map.entry("GET /api/v1/inspections/records", Set.of(Roles.PLANNER, Roles.JUDICIAL)),
                Map.entry("POST /api/v1/inspections/1/check-in", Set.of(Roles.OFFICER)),
                Map.entry("PUT /api/v1/inspections/1/findings", Set.of(Roles.OFFICER)),
                Map.entry("POST /api/v1/inspections/1/acknowledgement", Set.of(Roles.OFFICER)),
                Map.entry("POST /api/v1/inspections/1/confirm", Set.of(Roles.OFFICER)),
                // the archive: whoever reads the record; its check against the audit chain: staff
                Map.entry("GET /api/v1/inspections/1/archive", Set.of(Roles.OFFICER, Roles.PLANNER, Roles.JUDICIAL)),
                Map.entry("GET /api/v1/inspections/1/archive/audit-check", Set.of(Roles.PLANNER, Roles.JUDICIAL))));
        Map<String, Set<String>> actual = new java.util.TreeMap<>();
        endpoints().stream().filter(e -> expected.containsKey(e.httpMethod() + " " + e.path()))
                .forEach(e -> actual.put(e.httpMethod() + " " + e.path(), e.roles()));
        assertEquals(expected, actual);
        assertEquals(List.of(), endpoints().stream().filter(e -> e.path().startsWith("/public")
                && e.path().matches(".*/(record|checklist|findings|check-in|acknowledgement|confirm|archive)(/.*)?")).toList());
    }

    @Test
    void shouldRefuseEveryProtectedEndpointWithoutATokenAndToEveryOtherRole() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (e.permitAll()) {
                continue;
            }
            int anonymous = call(e, null).status();
            if (anonymous != 401) {
                wrong.add("no token " + e + " -> " + anonymous);
            }
            for (String role : Roles.ALL) {
                // staff act for an agency (where a token without one is refused: the real database's default)
                String token = role.equals(Roles.OFFICER) ? Tokens.bearer("999999", role)
                        : Tokens.as(role, AgencyScopeCalls.insideAgency(role));
                Reply reply = call(e, token);
                int status = reply.status();
                boolean refused = status == 401 || status == 403;
                boolean mayCall = e.roles().contains(role);
                // an officer may be refused a record that is not their own: that is the self rule; staff a record
                // outside their agency scope: that is the scope rule (shouldConfineEveryStaffEndpointToTheAgencyScope)
                boolean selfRule = role.equals(Roles.OFFICER) && status == 403;
                boolean scopeRule = status == 403 && reply.body().contains("AGENCY_OUT_OF_SCOPE");
                if (mayCall ? refused && !selfRule && !scopeRule : status != 403) {
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
            if (e.permitAll() && LINK_AUTHORISED.contains(e.javaMethod())) {
                Reply reply = call(e, null);
                if (reply.status() != 403 || !reply.body().contains("LINK_INVALID")) {
                    wrong.add(e + " opens without a signed link -> " + reply);
                }
            } else if (e.permitAll()) {
                int status = call(e, null).status();
                if (status == 401 || status == 403) {
                    wrong.add(e + " -> " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldNameEveryEndpointAgencyScopedOrSayWhyItIsNot() {
        Set<String> scoped = AgencyScopeCalls.scopedNames();
        Map<String, Endpoint> endpoints = endpointsByMethod();
        List<String> wrong = new ArrayList<>();
        for (String method : endpoints.keySet()) {
            boolean isScoped = scoped.contains(method);
            if (isScoped == AgencyScopeCalls.UNSCOPED.containsKey(method)) {
                wrong.add(method + (isScoped ? " is both scoped and unscoped" : " is neither scoped nor unscoped"));
            }
        }
        for (String named : new TreeSet<>(AgencyScopeCalls.UNSCOPED.keySet())) {
            if (!endpoints.containsKey(named)) {
                wrong.add(named + " is no endpoint");
            }
        }
        // each call goes to the endpoint it is listed for
        AgencyScopeCalls.scoped(new Records(11, "-", "22", 33, 44, 55, 66, 77, 88, 99, "CODE", 111, 2026, 122))
                .forEach((method, call) -> {
                    Endpoint e = endpoints.get(method);
                    String pattern = e == null ? null : e.path().replaceAll("(?<=/)1(?=/|$)", "[^/]+") + "(\\?.*)?";
                    if (e == null || !e.httpMethod().equals(call.method()) || !call.path().matches(pattern)) {
                        wrong.add(method + " is no endpoint of " + call);
                    }
                });
        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldConfineEveryStaffEndpointToTheAgencyScope() {
        ApiClient http = ApiClient.of(target);
        Records a = AgencyRecords.fresh(http);
        Map<String, Call> calls = AgencyScopeCalls.scoped(a);
        Map<String, Endpoint> endpoints = endpointsByMethod();
        List<String> wrong = new ArrayList<>();
        // outside the scope first: refused, and nothing changes
        Map<String, String> before = DatabaseChecksum.take();
        for (Map.Entry<String, Call> entry : calls.entrySet()) {
            for (String role : staffRoles(endpoints.get(entry.getKey()))) {
                Call call = entry.getValue();
                Reply reply = call.send(http, Tokens.as(role, AgencyScopeCalls.OUTSIDE));
                String refusal = outsideAnswer(call, reply, a);
                Map<String, String> after = DatabaseChecksum.take();
                List<String> changed = DatabaseChecksum.differences(before, after);
                if (refusal != null || !changed.isEmpty()) {
                    wrong.add("outside " + role + " " + entry.getKey() + " " + call + " -> " + reply.status() + " "
                            + (refusal == null ? "" : refusal) + (changed.isEmpty() ? "" : " changed " + changed));
                }
                before = after;
            }
        }
        // inside the scope: as today (reads and lists first, then the writes in the table's order)
        for (Kind kind : List.of(Kind.LIST, Kind.READ, Kind.WRITE)) {
            for (Map.Entry<String, Call> entry : calls.entrySet()) {
                Call call = entry.getValue();
                if (call.kind() != kind) {
                    continue;
                }
                for (String role : staffRoles(endpoints.get(entry.getKey()))) {
                    Reply reply = call.send(http, Tokens.as(role, AgencyScopeCalls.insideAgency(role)));
                    boolean refused = reply.status() == 401 || reply.status() == 403;
                    boolean missing = kind == Kind.LIST && call.marker() != null
                            && (reply.status() != 200 || !call.shows(reply));
                    if (refused || missing) {
                        wrong.add("inside " + role + " " + entry.getKey() + " " + call + " -> " + reply.status()
                                + (missing ? " without the record" : "") + " " + abbreviate(reply.body()));
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));
    }

    /**
     * What is wrong with an answer to a caller outside the scope, {@code null} when right: a write 403, a read 403 or
     * 404, a list 403, 404 or without agency A's record and its officer (also used by hostile.AgencyReplayTest).
     */
    public static String outsideAnswer(Call call, Reply reply, Records a) {
        int status = reply.status();
        return switch (call.kind()) {
            case WRITE -> status == 403 ? null : "not refused: " + abbreviate(reply.body());
            case READ -> status == 403 || status == 404 ? null : "not refused: " + abbreviate(reply.body());
            case LIST -> {
                if (status == 403 || status == 404) {
                    yield null;
                }
                if (status != 200) {
                    yield "neither refused nor listed: " + abbreviate(reply.body());
                }
                List<String> shown = new ArrayList<>(AgencyScopeCalls.fingerprints(a));
                if (call.marker() != null) {
                    shown.add(call.marker());
                }
                List<String> leaked = shown.stream().filter(p -> Pattern.compile(p).matcher(reply.body()).find()).toList();
                yield leaked.isEmpty() ? null : "lists agency A's record " + leaked;
            }
        };
    }

    /** The staff roles (acting for an agency) the endpoint lets in. */
    public static List<String> staffRoles(Endpoint endpoint) {
        return endpoint.roles().stream().filter(AgencyScopeCalls.STAFF::contains).sorted().toList();
    }

    /** The endpoints by resource method ({@code OfficerResource.get}). */
    public static Map<String, Endpoint> endpointsByMethod() {
        return endpoints().stream().collect(Collectors.toMap(Endpoint::javaMethod, Function.identity(), (x, y) -> {
            throw new IllegalStateException("two endpoints of one resource method: " + x + ", " + y);
        }, java.util.TreeMap::new));
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }
}
