package echanges.api.forum;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import echanges.api.graphql.Viewers;
import echanges.forum.Post;
import echanges.forum.Questions;
import echanges.forum.Thread;
import echanges.platform.GlobalId;
import echanges.platform.Viewer;

/** Maps the clarification questions about challenges. */
@Controller
class QuestionController {

    record AskQuestionInput(String challengeId, String text) {
    }

    record AnswerQuestionInput(String questionId, String text, boolean changesRequirements, boolean affectsPrices) {
    }

    record DeclineQuestionInput(String questionId) {
    }

    record QuestionPayload(Thread question) {
    }

    record AnswerPayload(Post answer) {
    }

    private final Questions questions;

    QuestionController(Questions questions) {
        this.questions = questions;
    }

    @MutationMapping
    QuestionPayload askQuestion(@Argument AskQuestionInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new QuestionPayload(questions.ask(GlobalId.expect(input.challengeId(), "Challenge"), input.text(), viewer).thread());
    }

    @MutationMapping
    AnswerPayload answerQuestion(@Argument AnswerQuestionInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new AnswerPayload(questions.answer(GlobalId.expect(input.questionId(), "Thread"), input.text(), input.changesRequirements(),
                input.affectsPrices(), viewer));
    }

    @MutationMapping
    QuestionPayload declineQuestion(@Argument DeclineQuestionInput input, @ContextValue(Viewers.KEY) Viewer viewer) {
        return new QuestionPayload(questions.decline(GlobalId.expect(input.questionId(), "Thread"), viewer));
    }
}
