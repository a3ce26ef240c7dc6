import { locateEvidence, noSuchPassage, type EvidenceLocation } from '../text/locate-evidence.ts';
import { findPassage, passagesOf, splitParagraphs, type Passage } from '../text/passages.ts';
import { articleSchema, type Article } from '../schema/article.ts';
import { bankSchema, type Bank } from '../schema/bank.ts';
import { evidenceSchema, passageRefSchema } from '../schema/evidence.ts';
import { parseArticleFile } from '../text/article-file.ts';
import type { ContentFile } from './content-file.ts';
import { z } from 'zod';
import { lintBank } from './lint.ts';
import type { Problem } from './problem.ts';
import { parseYaml, type YamlSource } from '../text/yaml-source.ts';
import { readableIssue } from './zod-issue.ts';

export interface CheckedArticle {
	id: string;
	file: string;
	article: Article;
	body: string;
	passages: Passage[];
}

export interface CheckedBank {
	id: string;
	file: string;
	bank: Bank;
	/** The article the bank is about. */
	article: CheckedArticle;
	/** Where each evidence quote is, question by question, in the order of `bank.questions[i].evidence`. */
	locations: EvidenceLocation[][];
}

export interface ContentCheck {
	articles: CheckedArticle[];
	banks: CheckedBank[];
	/** Every problem found, across all files; empty when the content is fine. */
	problems: Problem[];
	/** Rubric warnings: printed for the author, never failing. */
	warnings: Problem[];
}

/**
 * Checks articles and banks together: each file against its schema, then what a schema cannot see
 * (the named article exists, the passage exists, the quote is in it exactly once). Nothing stops at the
 * first problem, so an author sees them all in one run.
 */
export function checkContent(articleFiles: ContentFile[], bankFiles: ContentFile[]): ContentCheck {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const articles = articleFiles.flatMap((file) => checkArticle(file, problems));
	reportDuplicates(articleFiles, 'article', problems);
	// Articles that exist but failed their own checks: a bank about one is told so, not that the article does not exist.
	const failed = articleFiles.filter((file) => !articles.some((article) => article.file === file.file));
	const banks = bankFiles.flatMap((file) => checkBank(file, parseYaml(file.text, file.file), articles, problems, warnings, failed));
	// The bank named after an article owns it: any other bank about it is told to rename itself (see checkBank), and
	// only two banks of that name (in two content folders) are a clash.
	const bankOwners = new Map<string, string>();
	for (const { bank, file, id } of banks) {
		if (id !== bank.article) continue;
		const other = bankOwners.get(bank.article);
		if (other) problems.push({ file, field: 'article', message: `article "${bank.article}" already has its questions in ${other}` });
		else bankOwners.set(bank.article, file);
	}
	for (const bank of banks) problems.push(...lessonProblems(bank));
	// Listed file by file, top to bottom, the order an author fixes them in.
	for (const list of [problems, warnings]) list.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
	return { articles, banks, problems, warnings };
}

/** A teacher's page promises objectives for the skills the questions train, so it may name no other. */
function lessonProblems({ article, bank }: CheckedBank): Problem[] {
	const trained = new Set(bank.questions.map((question) => question.skill));
	return (article.article.lesson?.objectives ?? []).flatMap(({ skill }, index) =>
		trained.has(skill)
			? []
			: [
					{
						file: article.file,
						field: `lesson.objectives[${index}].skill`,
						message: `"${skill}" is a skill no question in ${bank.article}'s bank trains`,
					},
				],
	);
}

/** Checks one bank that is already parsed, against articles already checked: for callers that vary a bank's data in memory. */
export function checkParsedBank(file: ContentFile, source: YamlSource, articles: CheckedArticle[]): ContentCheck {
	const problems: Problem[] = [];
	const warnings: Problem[] = [];
	const banks = checkBank(file, source, articles, problems, warnings);
	return { articles, banks, problems, warnings };
}

function checkArticle(file: ContentFile, problems: Problem[]): CheckedArticle[] {
	const { frontmatter, body } = parseArticleFile(file.text, file.file);
	problems.push(...frontmatter.problems);
	if (frontmatter.problems.length) return [];
	const parsed = articleSchema.safeParse(frontmatter.data ?? {}, { error: readableIssue });
	if (!parsed.success) {
		problems.push(...zodProblems(parsed.error.issues, file.file, frontmatter));
		return [];
	}
	const [first] = splitParagraphs(body);
	if (first === undefined) {
		problems.push({ file: file.file, message: 'has no body paragraphs below its frontmatter' });
		return [];
	}
	const { dateline } = parsed.data;
	if (dateline && !first.startsWith(dateline)) {
		const opening = first.split(' ').slice(0, dateline.split(' ').length).join(' ');
		problems.push({
			file: file.file,
			line: frontmatter.lineOf(['dateline']),
			field: 'dateline',
			message: `paragraph 1 does not begin with "${dateline}" but with "${opening}"`,
		});
		return [];
	}
	return [{ id: file.id, file: file.file, article: parsed.data, body, passages: passagesOf(parsed.data, body) }];
}

function checkBank(
	file: ContentFile,
	source: YamlSource,
	articles: CheckedArticle[],
	problems: Problem[],
	warnings: Problem[],
	failedArticles: ContentFile[] = [],
): CheckedBank[] {
	problems.push(...source.problems);
	if (source.problems.length) return [];
	const parsed = bankSchema.safeParse(source.data, { error: readableIssue });
	if (!parsed.success) problems.push(...zodProblems(parsed.error.issues, file.file, source));

	const raw = source.data as { article?: unknown; questions?: unknown } | null;
	const article = articles.find((candidate) => candidate.id === raw?.article);
	if (typeof raw?.article === 'string') {
		// A getter: most banks name their article right, and locating a line costs a parse of the file.
		const where = {
			file: file.file,
			get line() {
				return source.lineOf(['article']);
			},
			field: 'article',
		};
		const broken = failedArticles.find((candidate) => candidate.id === raw.article);
		const known = articles.map((candidate) => `"${candidate.id}"`).join(', ') || 'none';
		if (broken)
			problems.push({
				...where,
				message: `article "${raw.article}" has problems of its own, listed under ${broken.file}: fix those first`,
			});
		else if (!article) problems.push({ ...where, message: `no article "${raw.article}" exists (known: ${known})` });
		// A bank is found by its article's id, so its file is named after it (an article that does not exist is enough said).
		if ((article || broken) && raw.article !== file.id)
			problems.push({
				...where,
				message: `the file is named "${file.id}" but its article is "${raw.article}": name the file ${raw.article}.yaml, or correct "article"`,
			});
	}
	const questions = parsed.success ? parsed.data.questions : raw?.questions;
	const locations =
		article && Array.isArray(questions) ? checkEvidence(questions, parsed.success, article, file.file, source, problems) : [];
	if (!parsed.success || !article) return [];
	const lint = lintBank(file.file, parsed.data, source.lineOf, { language: article.article.language, passages: article.passages });
	problems.push(...lint.errors);
	warnings.push(...lint.warnings);
	return [{ id: file.id, file: file.file, bank: parsed.data, article, locations }];
}

/**
 * Locates each evidence quote in its passage and reports what fails: a passage that does not exist, a quote that is not
 * there exactly once, or a highlight question's quote across sentences. Runs wherever evidence is well formed, even in
 * questions that have other problems, so that every problem shows in one run. Returns the locations it found.
 * `wellFormed` says the questions passed the bank's schema, so their evidence is taken as it is, not parsed again.
 */
function checkEvidence(
	questions: ({ evidence?: unknown; type?: unknown; from?: unknown } | null)[],
	wellFormed: boolean,
	article: CheckedArticle,
	file: string,
	source: YamlSource,
	problems: Problem[],
): EvidenceLocation[][] {
	const read = <T>(schema: z.ZodType<T>, item: unknown) =>
		wellFormed ? { success: true as const, data: item as T } : schema.safeParse(item);
	return questions.map((question, index) => {
		const report = (path: PropertyKey[], message: string) =>
			problems.push({
				file,
				line: source.lineOf(['questions', index, ...path]),
				question: questionLabel({ questions }, index),
				field: z.core.toDotPath(path),
				message,
			});
		const offered = question?.type === 'highlight' && Array.isArray(question.from) ? question.from : undefined;
		offered?.forEach((ref, fromIndex) => {
			const parsed = read(passageRefSchema, ref);
			if (parsed.success && !findPassage(article.passages, parsed.data)) report(['from', fromIndex], noSuchPassage(article, parsed.data));
		});
		if (!Array.isArray(question?.evidence)) return [];
		return question.evidence.flatMap((item, evidenceIndex) => {
			const evidence = read(evidenceSchema, item);
			if (!evidence.success) return [];
			const path = ['evidence', evidenceIndex];
			const located = locateEvidence(article, evidence.data);
			if ('miss' in located) {
				report([...path, located.miss.field], located.miss.message);
				return [];
			}
			const { location } = located;
			if (offered && !offered.includes(evidence.data.passage)) {
				report(
					[...path, 'passage'],
					`${location.passage.label} holds a right sentence, so "from" must include ${JSON.stringify(evidence.data.passage)}`,
				);
			}
			// A highlight question's key is the sentences its quotes are in, so each quote must stay within one.
			if (question.type === 'highlight' && location.sentence === undefined) {
				report(
					[...path, 'quote'],
					`"${evidence.data.quote}" runs across sentences of ${location.passage.label}: a highlight question quotes within one sentence`,
				);
			}
			return [location];
		});
	});
}

function zodProblems(
	issues: readonly { path: PropertyKey[]; message: string; code: string; keys?: string[] }[],
	file: string,
	source: YamlSource,
): Problem[] {
	return issues.map((issue) => {
		const inQuestion = issue.path[0] === 'questions' && typeof issue.path[1] === 'number';
		const path = issue.code === 'unrecognized_keys' && issue.keys?.length === 1 ? [...issue.path, issue.keys[0]!] : issue.path;
		const field = z.core.toDotPath(inQuestion ? path.slice(2) : path);
		return {
			file,
			line: source.lineOf(path),
			question: inQuestion ? questionLabel(source.data, issue.path[1] as number) : undefined,
			field: field || undefined,
			message: issue.message,
		};
	});
}

/** Names a question by its id, or by its position when the id itself is missing. */
function questionLabel(data: unknown, index: number): string {
	const id = (data as { questions?: { id?: unknown }[] }).questions?.[index]?.id;
	return typeof id === 'string' && id ? `"${id}"` : `#${index + 1}`;
}

function reportDuplicates(files: ContentFile[], kind: string, problems: Problem[]): void {
	const seen = new Map<string, string>();
	for (const { id, file } of files) {
		const other = seen.get(id);
		if (other) problems.push({ file, message: `${kind} id "${id}" is already used by ${other}` });
		else seen.set(id, file);
	}
}
