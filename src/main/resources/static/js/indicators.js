// The indicators pages: the trend chart (Chart.js, from its WebJar) and sorting the commune table by a
// column. Loaded as a file because the content security policy forbids inline script.
(function () {
    'use strict';

    function drawTrend(canvas) {
        if (!canvas || typeof Chart === 'undefined') {
            return;
        }
        var data = JSON.parse(canvas.dataset.chart);
        function line(label, values, colour, dashed) {
            return {
                label: label, data: values, borderColor: colour, backgroundColor: colour,
                borderDash: dashed ? [6, 4] : [], spanGaps: false, tension: 0, pointRadius: dashed ? 0 : 3
            };
        }
        new Chart(canvas, {
            type: 'line',
            data: {
                labels: data.years,
                datasets: [
                    line(canvas.dataset.labelTrained, data.trained, '#a4161a', false),
                    line(canvas.dataset.labelCertified, data.certified, '#1d4ed8', false),
                    line(canvas.dataset.labelTrainedPath, data.trainedPath, '#e5989b', true),
                    line(canvas.dataset.labelCertifiedPath, data.certifiedPath, '#93c5fd', true)
                ]
            },
            options: {
                maintainAspectRatio: false,
                animation: false,
                scales: {y: {min: 0, max: 100, ticks: {callback: function (v) { return v + ' %'; }}}},
                plugins: {legend: {position: 'bottom'}}
            }
        });
    }

    function sortable(table) {
        var headers = table.querySelectorAll('thead th');
        headers.forEach(function (header, column) {
            header.classList.add('sort-header');
            header.setAttribute('role', 'button');
            header.tabIndex = 0;
            var ascending = true;
            function sort() {
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                    var x = a.cells[column].dataset.sort || '', y = b.cells[column].dataset.sort || '';
                    var nx = parseFloat(x), ny = parseFloat(y);
                    var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny
                        : isNaN(nx) !== isNaN(ny) ? (isNaN(nx) ? 1 : -1)
                        : x.localeCompare(y, document.documentElement.lang);
                    return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
                headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
                header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                ascending = !ascending;
            }
            header.addEventListener('click', sort);
            header.addEventListener('keydown', function (e) {
                if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    sort();
                }
            });
        });
    }

    drawTrend(document.getElementById('trend-chart'));
    document.querySelectorAll('table.sortable').forEach(sortable);
})();
