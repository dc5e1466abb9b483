package echanges.api.forum;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import echanges.accounts.Accounts;
import echanges.accounts.Person;
import echanges.api.graphql.Batches;
import echanges.api.graphql.Viewers;
import echanges.forum.Flag;
import echanges.forum.FlagReason;
import echanges.forum.Moderation;
import echanges.forum.Post;
import echanges.forum.ReviewItem;
import echanges.forum.Thread;
import echanges.platform.Connection;
import echanges.platform.GlobalId;
import echanges.platform.PageRequest;
import echanges.platform.Viewer;

/** Maps flags, the review queue and the moderators' mutations. */
@Controller
class ModerationController {

    record FlagPostInput(String postId, FlagReason reason, @Nullable String text) {
    }

    record ModeratePostInput(String postId, boolean hidden) {
    }

    record ModerateThreadInput(String threadId, @Nullable Boolean locked, @Nullable Boolean pinned, @Nullable String categoryId) {
    }

    record SuspendPersonInput(String personId, Instant until, String reason) {
    }

    record PostPayload(Post post) {
    }

    record ThreadPayload(Thread thread) {
    }

    record PersonPayload(Person person) {
    }

    private final Moderation moderation;
    private final Accounts accounts;

    ModerationController(Moderation moderation, Accounts accounts) {
        this.moderation = moderation;
        this.accounts = accounts;
    }

    @QueryMapping
    Connection<ReviewItem> reviewQueue(@Argument Integer first, @Argument String after, @ContextValue(Viewers.KEY) Viewer viewer) {
        return moderation.reviewQueue(PageRequest.of(first, after), viewer);
    }

    @MutationMapping
    PostPayload flagPost(@Argument FlagPostInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new PostPayload(moderation.flag(GlobalId.expect(input.postId(), "Post"), input.reason(), input.text(), viewer));
    }

    @MutationMapping
    PostPayload moderatePost(@Argument ModeratePostInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new PostPayload(moderation.setHidden(GlobalId.expect(input.postId(), "Post"), input.hidden(), viewer));
    }

    @MutationMapping
    ThreadPayload moderateThread(@Argument ModerateThreadInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new ThreadPayload(moderation.moderate(GlobalId.expect(input.threadId(), "Thread"), input.locked(), input.pinned(),
                input.categoryId() == null ? null : GlobalId.expect(input.categoryId(), "Category"), viewer));
    }

    @MutationMapping
    PersonPayload suspendPerson(@Argument SuspendPersonInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        String personId = GlobalId.expect(input.personId(), "Person");
        accounts.suspend(personId, input.until(), input.reason(), viewer);
        return new PersonPayload(accounts.people(List.of(personId)).get(personId));
    }

    @BatchMapping(typeName = "Flag")
    Map<Flag, Person> flaggedBy(List<Flag> batch) {
        return Batches.byKey(batch, Flag::flaggedById, accounts.people(batch.stream().map(Flag::flaggedById).distinct().toList()));
    }
}
