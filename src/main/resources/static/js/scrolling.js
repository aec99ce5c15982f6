// A table wider than the screen scrolls inside its wrapper: the wrapper then takes the keyboard's focus, so that it
// can be scrolled with the arrow keys (WCAG 2.1.1); one that fits stays out of the tab order.
(function () {
    'use strict';

    function mark() {
        document.querySelectorAll('.table-responsive').forEach(function (box) {
            if (box.scrollWidth > box.clientWidth) {
                box.setAttribute('tabindex', '0');
            } else {
                box.removeAttribute('tabindex');
            }
        });
    }

    mark();
    window.addEventListener('resize', mark);
})();
