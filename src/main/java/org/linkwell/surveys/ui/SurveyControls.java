package org.linkwell.surveys.ui;


/** The survey screens' stylesheet. */
final class SurveyControls {
    static final String STYLESHEET = SurveyControls.class.getResource("/org/linkwell/surveys/ui/surveys.css")
            .toExternalForm();

    private SurveyControls() {
    }
}
