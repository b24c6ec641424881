package cn.zhifa.platform.dictionary;

import cn.zhifa.platform.error.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Public dictionaries:
 * <pre>
 * curl -s localhost:8080/public/v1/dictionaries/divisions
 * [{"code":"500000","level":1,"name":"重庆市"},{"code":"500100","level":2,"name":"市辖区","parentCode":"500000"},…]
 * </pre>
 */
@Path("/public/v1/dictionaries")
@ApplicationScoped
@PermitAll
@Tag(name = "dictionaries", description = "Agencies, categories, divisions, training categories, result codes")
public class DictionaryResource {
    private final Dictionaries dictionaries;

    @Inject
    public DictionaryResource(Dictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One dictionary's entries")
    @APIResponse(responseCode = "200", description = "The entries, ordered by code")
    @APIResponse(responseCode = "404", description = "No such dictionary")
    public List<Object> dictionary(@Parameter(description = "agencies, categories, divisions, training-categories "
            + "or result-codes") @PathParam("name") String name) {
        List<?> entries = switch (name) {
            case "agencies" -> dictionaries.agencies();
            case "categories" -> dictionaries.categories();
            case "divisions" -> dictionaries.divisions();
            case "training-categories" -> dictionaries.trainingCategories();
            case "result-codes" -> dictionaries.resultCodes();
            default -> throw ProblemException.of(404, "UNKNOWN_DICTIONARY", name);
        };
        return List.copyOf(entries);
    }
}
