// Typeahead for the occupation code and skills fields of a form marked data-typeahead (its value: the base
// address of the suggestions). Accents are optional: "han" suggests "Hàn điện". Skills are a list separated
// by commas: the suggestions complete the last one.
(function () {
    'use strict';
    var fields = {occupationCode: {path: 'occupations', list: false}, skills: {path: 'skills', list: true}};

    document.querySelectorAll('form[data-typeahead]').forEach(function (form) {
        Object.keys(fields).forEach(function (name) {
            var input = form.querySelector('input[name="' + name + '"]');
            if (!input) {
                return;
            }
            var options = document.createElement('datalist');
            options.id = 'suggest-' + name;
            form.appendChild(options);
            input.setAttribute('list', options.id);
            input.setAttribute('autocomplete', 'off');
            var timer;
            // The name of the occupation chosen stays shown beside its code.
            var chosen = form.querySelector('[data-chosen-for="' + name + '"]');
            if (chosen) {
                input.addEventListener('input', function () {
                    var match = Array.prototype.find.call(options.options, function (o) { return o.value === input.value; });
                    if (match) {
                        chosen.textContent = match.label;
                    } else if (!/^\d{4}$/.test(input.value.trim())) {
                        chosen.textContent = '';
                    }
                });
            }
            input.addEventListener('input', function () {
                clearTimeout(timer);
                timer = setTimeout(function () {
                    suggest(form.dataset.typeahead + fields[name].path, input, options, fields[name].list);
                }, 200);
            });
        });
    });

    function suggest(url, input, options, isList) {
        var text = input.value;
        var cut = isList ? text.lastIndexOf(',') + 1 : 0;
        var before = text.substring(0, cut) + (cut > 0 ? ' ' : '');
        var query = text.substring(cut).trim();
        if (query.length < 2) {
            return;
        }
        fetch(url + '?q=' + encodeURIComponent(query), {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
            .then(function (response) {
                return response.ok ? response.json() : [];
            })
            .then(function (suggestions) {
                options.replaceChildren.apply(options, suggestions.map(function (s) {
                    var option = document.createElement('option');
                    option.value = before + s.value;
                    option.label = s.label;
                    return option;
                }));
            })
            .catch(function () {
                // No suggestions this time: the field works as a plain text field.
            });
    }
})();
