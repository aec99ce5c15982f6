// A table wider than the screen scrolls inside its wrapper: the wrapper then takes the keyboard's focus, so that it
// can be scrolled with the arrow keys (WCAG 2.1.1); one that fits leaves the tab order. Every wrapper starts in the tab
// order, and each is measured when it comes near the screen: measuring them all at once would lay out every table of
// a long page (the dashboard's, thousands of cells) before the page answers.
(function () {
    'use strict';

    function mark(box) {
        if (box.scrollWidth > box.clientWidth) {
            box.setAttribute('tabindex', '0');
        } else {
            box.removeAttribute('tabindex');
        }
    }

    var boxes = Array.prototype.slice.call(document.querySelectorAll('.table-responsive'));
    boxes.forEach(function (box) { box.setAttribute('tabindex', '0'); });
    if ('IntersectionObserver' in window) {
        var near = new IntersectionObserver(function (entries) {
            entries.forEach(function (entry) {
                if (entry.isIntersecting) {
                    mark(entry.target);
                }
            });
        }, {rootMargin: '200px'});
        boxes.forEach(function (box) { near.observe(box); });
    } else {
        boxes.forEach(mark);
    }
    window.addEventListener('resize', function () {
        boxes.forEach(function (box) {
            var r = box.getBoundingClientRect();
            if (r.bottom > -200 && r.top < window.innerHeight + 200) {
                mark(box);
            }
        });
    });
})();
