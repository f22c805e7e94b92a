import { dirname, isAbsolute, relative, resolve } from 'node:path';

/*
 * `layers/allowed-imports`: each folder lists what it may import, the way VS Code's
 * `code-import-patterns` do; anything else inside the checked part of the tree is an error that
 * names the folder and what it may import. Options: { root, scope, folders }, where `scope` is the
 * part of the tree the rule governs (`shared`, `renderer`), and `folders` maps a folder (or a file)
 * to the folders and files it may import besides itself:
 *
 *   { 'shared/model': ['shared/finance', 'shared/scenario', 'shared/i18n'] }
 *
 * The most specific entry for a file decides; a file under no entry may import nothing in scope
 * but its own folder. Imports outside the scope (packages, other trees) are not this rule's
 * business: the architecture's `no-restricted-imports` bans cover those.
 */

const EXTENSION = /\.(ts|tsx|mts|mjs|js|cjs)$/;

const within = (path, place) =>
  path === place ||
  path.replace(EXTENSION, '') === place.replace(EXTENSION, '') ||
  path.startsWith(`${place}/`);

/** The entry that governs a file: the longest folder or file name that contains it. */
function governing(file, folders) {
  let best = null;
  for (const place of Object.keys(folders)) {
    if (within(file, place) && (best === null || place.length > best.length)) best = place;
  }
  return best;
}

const toPosix = (path) => path.split('\\').join('/');

export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only the folders it lists.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          scope: { type: 'string' },
          folders: {
            type: 'object',
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
        },
        required: ['root', 'scope', 'folders'],
        additionalProperties: false,
      },
    ],
    messages: {
      outside:
        '{{from}} may not import {{target}}: it may import {{allowed}} (eslint.config.js, layers).',
    },
  },
  create(context) {
    const { root, scope, folders } = context.options[0];
    const file = toPosix(relative(root, context.physicalFilename ?? context.filename));
    if (!within(file, scope)) return {};
    const owner = governing(file, folders);
    const ownFolder = owner === null || EXTENSION.test(owner) ? toPosix(dirname(file)) : owner;
    const allowed = [ownFolder, ...(owner === null ? [] : folders[owner])];

    function check(node, specifier) {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const absolute = resolve(dirname(resolve(root, file)), specifier.split('?')[0]);
      const target = toPosix(relative(root, absolute));
      if (isAbsolute(target) || target.startsWith('..') || !within(target, scope)) return;
      if (allowed.some((place) => within(target, place))) return;
      context.report({
        node,
        messageId: 'outside',
        data: {
          from: owner ?? ownFolder,
          target,
          allowed: allowed.length > 1 ? allowed.slice(1).join(', ') : 'nothing outside its folder',
        },
      });
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) =>
        node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { 'allowed-imports': allowedImports } };
