/* Tasdeeq API explorer: renders GraphiQL (UMD globals React, ReactDOM, GraphiQL) with the example operations as tabs.
   Served with a same-origin-only CSP: no inline script, no CDN. `window.TASDEEQ_EXPLORER` comes from operations.js. */
(function () {
  'use strict';
  var config = window.TASDEEQ_EXPLORER;
  var endpoint = '/graphql';

  function fetcher(params, options) {
    var headers = { 'content-type': 'application/json', accept: 'application/json' };
    var extra = (options && options.headers) || {};
    Object.keys(extra).forEach(function (name) {
      headers[name] = extra[name];
    });
    return fetch(endpoint, { method: 'POST', headers: headers, body: JSON.stringify(params) }).then(function (res) {
      return res.json();
    });
  }

  var tabs = config.operations.map(function (op) {
    return { query: op.query, variables: op.variables || undefined, headers: config.headers };
  });

  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultHeaders: config.headers,
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    }),
  );
})();
