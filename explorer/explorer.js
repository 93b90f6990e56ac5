/* Tasdeeq API explorer: renders GraphiQL (UMD globals React, ReactDOM, GraphiQL) with the example operations as tabs.
   Served with a same-origin-only CSP: no inline script, no CDN. `window.TASDEEQ_EXPLORER` (headers, operations, schema)
   comes from /explorer/config.js. */
(function () {
  'use strict';
  var config = window.TASDEEQ_EXPLORER;
  var endpoint = '/graphql';

  function fetcher(params, options) {
    // GraphiQL's introspection is answered from the schema the page came with: docs and completion work before a
    // key is pasted (the API itself answers nothing without one).
    if (params.operationName === 'IntrospectionQuery') return Promise.resolve({ data: config.schema });
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
      // GraphiQL 4 fills the first tab's variables editor from this prop, not from defaultTabs.
      variables: tabs.length ? tabs[0].variables : undefined,
      defaultHeaders: config.headers,
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    }),
  );
})();
