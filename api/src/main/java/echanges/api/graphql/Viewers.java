package echanges.api.graphql;

import echanges.platform.Viewer;
import graphql.GraphQLContext;

/** The viewer the security interceptor put into the request's context. */
public final class Viewers {

    public static final String KEY = "viewer";

    private Viewers() {
    }

    public static Viewer of(GraphQLContext context) {
        Viewer viewer = context.get(KEY);
        return viewer == null ? Viewer.anonymous() : viewer;
    }
}
