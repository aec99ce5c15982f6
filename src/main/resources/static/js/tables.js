// On a phone a table's rows read as cards (app.css): each cell is labelled with its column's header, copied here from
// the table's last header row (a header that is there for screen readers alone labels nothing).
(function () {
    'use strict';

    document.querySelectorAll('main .table-responsive > table, main table.stack-on-phone').forEach(function (table) {
        var headerRows = table.querySelectorAll('thead tr');
        if (headerRows.length === 0) {
            return;
        }
        var labels = [];
        headerRows[headerRows.length - 1].querySelectorAll('th, td').forEach(function (th) {
            var text = th.querySelector('.visually-hidden') && th.textContent.trim() === th.querySelector('.visually-hidden').textContent.trim()
                ? '' : th.textContent.replace(/\s+/g, ' ').trim();
            for (var span = 0; span < (th.colSpan || 1); span++) {
                labels.push(text);
            }
        });
        table.querySelectorAll('tbody tr, tfoot tr').forEach(function (row) {
            var column = 0;
            Array.prototype.forEach.call(row.children, function (cell) {
                if (!cell.hasAttribute('data-label') && labels[column]) {
                    cell.setAttribute('data-label', labels[column]);
                }
                column += cell.colSpan || 1;
            });
        });
    });
})();
