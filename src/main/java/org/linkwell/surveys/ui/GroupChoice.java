package org.linkwell.surveys.ui;

import java.util.ArrayList;
import java.util.List;
import org.linkwell.clients.EquityQuestion;
import org.linkwell.core.Messages;
import org.linkwell.programs.Category;
import org.linkwell.surveys.ClientGroup;

/** The groups an outcomes summary can be asked for, with their names: all, a program category, an equity answer. */
record GroupChoice(ClientGroup group, String name) {

    static List<GroupChoice> all(Messages messages) {
        List<GroupChoice> choices = new ArrayList<>();
        choices.add(new GroupChoice(new ClientGroup.All(), messages.get("outcomes.group.all")));
        for (Category category : Category.values()) {
            choices.add(new GroupChoice(new ClientGroup.ProgramCategory(category),
                    messages.get("outcomes.group.category", messages.get(category.messageKey()))));
        }
        for (EquityQuestion question : EquityQuestion.values()) {
            for (String answer : question.answers()) {
                if (!EquityQuestion.PREFER_NOT.equals(answer)) {
                    choices.add(new GroupChoice(new ClientGroup.Equity(question, answer), messages.get(
                            "outcomes.group.equity", messages.get(question.messageKey()),
                            messages.get(question.answerKey(answer)))));
                }
            }
        }
        return choices;
    }
}
