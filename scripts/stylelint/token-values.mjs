// A stylelint rule: a raw value that equals a design token, in a property of that token's family, must be the token.
// (`margin: 0.5rem` is `margin: var(--space-2)`.) No published stylelint rule does this: the ones that exist either
// demand a variable for every value, including those no token names, or belong to one product's own tool chain.
import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import valueParser from 'postcss-value-parser';
import stylelint from 'stylelint';

const ruleName = 'underline/token-values';
const messages = stylelint.utils.ruleMessages(ruleName, {
	rejected: (value, property, token) => `${value} in ${property} is a token: write var(${token}).`,
});

/** The tokens of `file`: every custom property set in a `:root` rule outside any media query (the default theme). */
function readTokens(file) {
	const tokens = new Map();
	postcss.parse(readFileSync(file, 'utf8')).walkRules(':root', (rule) => {
		if (rule.parent?.type === 'atrule' && rule.parent.name === 'media') return;
		rule.walkDecls(/^--/, (declaration) => tokens.set(declaration.prop, declaration.value.trim()));
	});
	return tokens;
}

/**
 * Options: `tokens`, the stylesheet that defines them; `families`, for each token name pattern, the properties it is
 * meant for, as a pattern (`{ '^--space-': '^(margin|padding|gap)' }`).
 */
function rule(options) {
	return (root, result) => {
		if (!stylelint.utils.validateOptions(result, ruleName, { actual: options, possible: { tokens: [(v) => typeof v === 'string'], families: [(v) => typeof v === 'object'] } })) return;
		const tokens = readTokens(options.tokens);
		const families = Object.entries(options.families).map(([name, property]) => [new RegExp(name), new RegExp(property)]);
		root.walkDecls((declaration) => {
			if (declaration.prop.startsWith('--')) return;
			const fitting = [...tokens].filter(([name]) => families.some(([names, properties]) => names.test(name) && properties.test(declaration.prop)));
			if (!fitting.length) return;
			valueParser(declaration.value).walk((node) => {
				// What a var() says is already a token, or a fallback.
				if (node.type === 'function' && node.value === 'var') return false;
				if (node.type !== 'word') return;
				const token = fitting.find(([, value]) => value === node.value);
				if (token) stylelint.utils.report({ ruleName, result, node: declaration, word: node.value, message: messages.rejected(node.value, declaration.prop, token[0]) });
			});
		});
	};
}
rule.ruleName = ruleName;
rule.messages = messages;

export default stylelint.createPlugin(ruleName, rule);
