import { For, Show } from 'solid-js';
import { questionAnchor } from '../../core/contract/page-data';
import { reviewFirst } from './review';
import type { Summary } from '../quiz/summary';
import { fill, t } from '../shared/messages';
import { pageData } from '../islands/page-data';

/** Each skill's row in the chart, in px: its name and score on one line, its bar under them. */
const row = 52;

interface Props {
	summary: Summary;
}

/**
 * The score by skill, and what to review first. The chart is one SVG whose words are text, so it reads aloud as a
 * list of skills with their scores, scales with the page and prints; each skill's name leads to its first question.
 * Drawn by hand: a chart library would weigh more than the whole quiz, for a few bars. Loaded with the first scored
 * answer (see Results.tsx).
 */
export default function SkillResults(props: Props) {
	const { questions, skills } = pageData();
	// From the summary's statuses, not each question's record: following 300 records cost a 300-question page's Check
	// about 1 ms of letting go of their subscriptions and taking them again.
	const review = () => reviewFirst(props.summary.bySkill, questions, props.summary.statuses);
	return (
		<>
			<svg class="skill-chart" role="list" aria-label={t.skillChart} width="100%" height={props.summary.bySkill.length * row}>
				<For each={props.summary.bySkill}>
					{({ skill, correct, total }, index) => (
						<g role="listitem" transform={`translate(0 ${index() * row})`}>
							<a href={`#${questionAnchor(questions.find((question) => question.skill === skill)!.id)}`}>
								{/* A target as tall as a finger needs, under the name. */}
								<rect class="target" y="-2" width="60%" height="26" />
								<text y="18">{skills[skill]!.name}</text>
							</a>
							<text x="100%" y="18" text-anchor="end">
								{fill(t.ofTotal, { done: correct, n: total })}
							</text>
							<rect class="track" y="26" width="100%" height="14" rx="7" aria-hidden="true" />
							<rect class="share" y="26" width={`${(100 * correct) / total}%`} height="14" rx="7" aria-hidden="true" />
						</g>
					)}
				</For>
			</svg>
			<Show when={review()}>
				{(first) => (
					<p class="review-first">
						{fill(t.reviewFirst, { ...skills[first().skill]! })}{' '}
						<a href={`#${questionAnchor(first().question)}`}>
							{fill(t.reviewStart, { n: questions.findIndex((question) => question.id === first().question) + 1 })}
						</a>
					</p>
				)}
			</Show>
		</>
	);
}
