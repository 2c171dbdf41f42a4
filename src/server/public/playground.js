/* global document, window, React, ReactDOM, GraphiQL */
// Starts GraphiQL (bundled from npm, served by the API itself: no CDN) with the analysts' questions as tabs.
(function () {
  'use strict';
  var examples = JSON.parse(document.getElementById('examples').textContent);
  var endpoint = window.location.origin + window.location.pathname;
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var tabs = examples.map(function (example) {
    var hasVariables = Object.keys(example.variables).length > 0;
    return { query: example.query, variables: hasVariables ? JSON.stringify(example.variables, null, 2) : undefined };
  });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: 'variables',
      shouldPersistHeaders: false,
    }),
  );
})();
