// Part of `npm run lint` and `npm test`, at zero warnings: every stylesheet, and the <style> blocks of .astro files.
export default {
	extends: ['stylelint-config-recommended', 'stylelint-config-html/astro'],
	plugins: ['./scripts/stylelint/token-values.mjs'],
	ignoreFiles: ['dist*/**', 'packages/**', 'exports/**', 'bench/**', 'node_modules/**', 'test-results/**'],
	reportNeedlessDisables: true,
	rules: {
		// Colours are named once, as tokens (src/styles/global.css), so both themes and forced colours follow them.
		'color-no-hex': true,
		'color-named': 'never',
		'function-disallowed-list': ['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch'],
		'underline/token-values': {
			tokens: 'src/styles/global.css',
			families: {
				'^--space-': '^(margin|padding|gap|row-gap|column-gap|inset|top|right|bottom|left|scroll-padding|scroll-margin)',
				'^--radius-': 'radius$',
				'^--step-': '^font(-size)?$',
				'^--(card-)?target$': '^(min-|max-)?(width|height|block-size|inline-size)$',
				'^--measure$': '^(min-|max-)?(width|inline-size)$',
				'^--font-': '^font(-family)?$',
			},
		},
	},
};
