// A form sent back with mistakes opens at its summary of them (fragments/fields.html), not 3,000 px above it:
// the summary is scrolled into view and focused, so a screen reader reads it first.
(function () {
    'use strict';
    var summary = document.querySelector('.error-summary');
    if (summary) {
        summary.scrollIntoView({block: 'start'});
        summary.focus({preventScroll: true});
    }
})();
