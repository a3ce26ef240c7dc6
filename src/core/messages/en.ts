import type { SkillLabel } from '../contract/page-data.ts';
import type { Skill } from '../schema/skill.ts';
import { forms } from './format.ts';

/**
 * The interface in English: the site's default, and the shape every other catalogue must match (see catalogue.ts).
 * Places in braces are filled in; `forms` marks plurals. `quiz` and `sheets` are what the browser needs, and are the
 * only parts a page ships; everything else is used at build time.
 */
export const en = {
	/** The locale `Intl` writes dates and picks plural forms by. */
	intlLocale: 'en-GB',

	layout: {
		skipToContent: 'Skip to content',
		privacy: 'Underline keeps your answers in this browser only. Nothing you do here is sent anywhere.',
	},

	/** The site's own pages: the index and the page for an address that has none. */
	site: {
		title: 'Underline: read closely, answer from the text',
		description: 'News articles with questions tied to the exact passage that answers them.',
		heading: 'Read closely, answer from the text',
		lead: 'Read a news article, then answer questions about what it says, who says it and how. Every question points to the passage that answers it. Your answers stay in this browser.',
		articles: 'Articles',
		yourData: 'Your data',
		dataNote: 'Your answers are kept in this browser only, and nothing is sent anywhere. On a shared device, clear them when you are done.',
		clear: 'Clear all my data',
		clearAsk: 'Remove your answers to every article from this browser? This cannot be undone.',
		cleared: 'All your answers have been removed from this browser.',
		notFound: 'Page not found',
		notFoundDescription: 'There is no page at this address.',
		notFoundText: 'There is no page at this address. Article addresses end with a "/". Go to {home}, or straight to an article:',
		home: 'the home page',
	},

	/** The studio, where an author writes an article's questions. */
	studio: {
		title: 'Studio',
		description: 'Write the questions for any article in this browser, checked as you type by the rules the site is built with.',
		intro:
			'Paste an article, write its questions, and see every problem the site would refuse, at its line, as you type. Your draft stays in this browser: nothing is uploaded.',
		noScript: 'The studio needs JavaScript.',
		/** The studio's own words, which its script reads from the page. */
		script: {
			open: 'Open an article (.md) or its questions (.yaml) from your computer',
			opened: 'Opened {files}.',
			refused: 'Not opened: {files}. The studio opens an article (.md) and its questions (.yaml).',
			download: 'Download the two files',
			articleHeading: 'The article',
			fields: {
				id: 'File name: lowercase words joined by hyphens',
				title: 'Headline',
				standfirst: 'Standfirst (optional)',
				dateline: 'Dateline, as paragraph 1 begins (optional)',
				publisher: 'Publisher',
				published: 'Published (YYYY-MM-DD)',
				language: 'Language (a tag such as en or ru)',
				source: 'Address of the original',
			},
			body: "The article's text: one paragraph per block, with a blank line between",
			questionsHeading: 'The questions',
			bankLabel: 'Questions, in YAML',
			problemsHeading: 'What the check finds',
			problemCount: 'Problems: {errors}. Warnings: {warnings}.',
			noProblems: 'No problems: `npm run validate` would accept these two files.',
			notSaved: 'This browser is not keeping your draft: its storage is blocked or full. Keep working, and download your files before you leave.',
		},
	},
	/** The class page, where a teacher gathers results. */
	classPage: {
		title: 'Class results',
		description: "Collect your learners' results files and codes, in this browser only.",
		intro:
			'Add the results your learners hand in: their results files, or their results codes pasted one per line (a column copied from a spreadsheet works). Everything happens in this browser. Nothing is uploaded, and nothing is kept: leave or reload the page and the results are gone, unless you download the CSV.',
		editableTitle: 'Results can be edited.',
		editable:
			"Files and codes are made on the learner's device, and a learner who knows how can change them. Use them to see what the class found hard, not as proof of a grade.",
		noScript: 'The class page works in the browser and needs JavaScript.',
		add: 'Add results',
		files: 'Results files (or drop them anywhere on this page)',
		codes: 'Results codes, one per line',
		addCodes: 'Add codes',
		download: 'Download CSV for a gradebook',
		clear: 'Clear all results',
		/** What the class page's script says. */
		script: {
			added: 'Added {n} of {total}. {all} results in all.',
			cleared: 'Cleared. Nothing was kept.',
			notCounted: '{source} was not counted: {problem}.',
			codeOnLine: 'The code on line {n}',
			problems: {
				'not-json': 'it is not a results file (it does not read as JSON)',
				'not-results': 'it is not an Underline results file',
				format: 'it is results version {version}, which this page does not read',
				malformed: forms({ one: 'its {fields} is missing or malformed', other: 'its {fields} are missing or malformed' }),
				'not-code': 'it is not an Underline results code (those start with UL1-)',
				mangled: 'it was changed or cut off in copying (its check characters do not match): ask for it again',
				unpack: 'it does not unpack into results',
				'unknown-article': 'it is about an article this site does not have',
			},
			learnersCounted: forms({ one: '{n} learner counted.', other: '{n} learners counted.' }),
			duplicate: 'Duplicate of {source}: not counted again',
			otherRevision: 'From another version of the questions: counted for the {counted} of {of} that are unchanged',
			learners: 'Learners',
			name: 'Name',
			from: 'From',
			mode: 'Mode',
			score: 'Score',
			note: 'Note',
			noName: '(no name)',
			modes: { practice: 'practice', test: 'test' },
			variant: ', version “{seed}”',
			ofTotal: '{done} of {n}',
			scores: 'Scores',
			questions: 'Questions, weakest first',
			question: 'Question',
			skill: 'Skill',
			right: 'Right',
			commonWrong: 'Most common wrong answer',
			skills: 'Skills, weakest first',
			written: 'Written answers',
			writtenInVariant: '{name} (question {n} in version “{seed}”)',
			noneWritten: 'No one has written an answer to this question yet.',
			answer: { nothing: '(nothing chosen)', none: '(none)', part: '(part {n})', choice: '(choice {n})' },
			csvDuplicate: 'duplicate of {source}',
			csvOtherRevision: 'another version of the questions',
		},
	},

	/** How many questions an article has, said the same way on the index, the article page and its other pages. */
	count: {
		questions: forms({ one: '{n} question', other: '{n} questions' }),
		withWritten: '{all}: {scored} scored, {written}',
		written: forms({ one: '{n} written answer you check yourself', other: '{n} written answers you check yourself' }),
	},

	/** Passages as a teacher names them, lower case; a line that starts with one takes a capital. */
	passages: {
		headline: 'the headline',
		standfirst: 'the standfirst',
		paragraph: 'paragraph {n}',
		sentence: '{passage}, sentence {n}',
	},

	skills: {
		literal: { name: 'Literal reading', description: 'What the text states: facts, dates and the order of events' },
		vocabulary: { name: 'Vocabulary', description: 'What words mean in context, and what they suggest' },
		sourcing: { name: 'Sourcing', description: 'Who is behind the information, and who controls the outlet' },
		attribution: { name: 'Attribution', description: 'Who said what: a direct quote, a paraphrase, or no source named' },
		hedging: { name: 'Hedging', description: 'What reporting words such as said, claimed and allegedly do' },
		'claim-type': { name: 'Claim types', description: 'Fact, claim from a source, or opinion' },
		framing: { name: 'Framing', description: 'What the headline and the wording put first' },
		omission: { name: 'Omission', description: 'What the text leaves out that a reader needs' },
		'lateral-reading': { name: 'Lateral reading', description: 'How to check a claim outside the text' },
	} satisfies Record<Skill, SkillLabel>,

	article: {
		published: 'Published by {publisher} on {date}.',
		readOriginal: 'Read the original at {host}',
		paragraph: 'Paragraph {n}',
		background: 'Background',
		about: 'About this source',
		skipToQuestions: 'Skip to the questions',
		questions: 'Questions',
		forTeachers: 'For teachers: {link}.',
		teacherLinks: 'lesson notes, worksheet, answer key and projector view',
		results: 'Your results',
		resultsWaiting: 'Results appear here when the quiz is running.',
		quizFailed: 'The quiz could not load. Reload the page to try again; meanwhile the questions are listed below as a worksheet.',
		noScript: 'These questions become interactive when JavaScript is on. Without it, use them as a worksheet.',
		progressFile: {
			heading: 'Carry on elsewhere',
			note: 'Save your answers to a file, then load it on another device or browser.',
			save: 'Save progress to a file',
			load: 'Load progress from a file',
			file: 'Progress file to load',
		},
	},

	/** A question on paper: the worksheet, the article page's print and the projector view. */
	sheet: {
		instructions: {
			single: 'Circle one letter.',
			multiple: 'Circle every letter that applies.',
			highlight: 'Tick the sentences that answer it.',
			order: 'Number these in order, 1 for the first.',
			match: 'Write the letter of one choice beside each line.',
			classify: 'Write the letter of one category beside each line.',
			open: 'Write a short answer, citing at least one paragraph.',
		},
		choices: 'Choices: ',
		categories: 'Categories: ',
		line: 'Line',
		letter: 'Letter',
		/** At the top of every printed sheet. */
		nameLine: 'Name: ______________________________   Date: ______________',
		/** At the foot of every printed sheet. */
		pageOf: 'Page {page} of {pages}',
	},

	/** The pages beside an article's own: worksheet, answer key, teacher's notes and projector view. */
	pages: {
		title: '{kind}: {title} · Underline',
		back: 'Back to the article and its quiz',
		source: '{publisher}, {date}.',
		worksheet: {
			kind: 'Worksheet',
			description: 'A printable worksheet: the article and its {count}.',
			intro:
				"A worksheet to print: the article, then {count}. Use your browser's Print command. A version by seed (a link with {seed}) needs JavaScript; without it, this is the standard version.",
		},
		key: {
			kind: 'Answer key',
			description: 'The answer to every question, with its explanation and evidence.',
			publicTitle: 'This key is public.',
			public:
				'A static site cannot hide its answers: anyone with this address can read them, and so can anyone who looks inside the quiz page. Test mode suits low-stakes checks only.',
			letters: "Letters are the worksheet's. {link}.",
			openWorksheet: 'Open the worksheet',
			answer: 'Answer',
			model: 'Model answer',
			covers: 'A good answer covers',
			why: 'Why',
			evidence: 'Evidence',
			skill: 'Skill',
		},
		present: {
			kind: 'Projector view',
			description: 'One question at a time, with the passage it cites, for class discussion.',
			keys: 'Keys: {next} next question, {previous} previous, {first} and {last} the first and the last, {answer} show or hide the answer, {explanation} show or hide the explanation.',
			previous: 'Previous',
			next: 'Next',
			cites: 'What it cites',
			answer: 'Answer',
			explanation: 'Explanation',
		},
		teach: {
			kind: "Teacher's notes",
			description: 'How to teach with this article: objectives, timing, discussion and links.',
			readingLevel: 'Reading level.',
			linksHeading: 'Links to hand out',
			links: {
				practice: 'The quiz in practice mode',
				test: 'The quiz in test mode',
				locked: 'The quiz in test mode, with the mode switch hidden',
				worksheet: 'The worksheet, to print',
				key: 'The answer key',
				present: 'The projector view',
				class: 'The class page, to collect results',
			},
			copy: 'Copy',
			copyLink: 'Copy the link: {label}',
			copied: 'Copied: {address}',
			copyFailed: 'This browser would not copy the link: select it and copy it yourself.',
			objectives: 'Learning objectives',
			questionsOn: forms({ one: '({n} question)', other: '({n} questions)' }),
			timing: forms({ one: 'Suggested timing: {n} minute', other: 'Suggested timing: {n} minutes' }),
			minutes: '{n} min.',
			runningHeading: 'Running the quiz',
			running: {
				practice: [
					'Practice',
					' (the default): after each question the learner sees whether it is right, then a hint, a second try and the explanation. Suits homework and self-study.',
				],
				test: [
					'Test',
					': nothing is judged until the learner hands in the whole quiz; then come the score and the full review. The background notes on the source stay closed until then.',
				],
				lock: 'Adding {lock} to a link hides the mode switch, so learners stay in the mode you chose. It is a convenience, not a control: a learner can take it out of the address.',
				public:
					'The answers are public: a static site cannot hide them, and the {key} is open to anyone with its address. Use test mode for low-stakes checks only.',
				keyLink: 'answer key',
				results:
					'When they finish, learners can download a results file or copy a results code, which you collect on the {class}. Nothing is sent anywhere by the site itself.',
				classLink: 'class page',
			},
			discussion: 'Discussion prompts',
			lateral: 'Lateral-reading extension',
			lookUp: 'Look up:',
			where: 'Where:',
		},
	},

	/** Words the browser writes on the worksheet, answer key and projector view. */
	sheets: {
		/** How options, items and choices are lettered, on paper and in the answer key. */
		letters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
		questionNumber: 'Question {n}.',
		variant: 'Version “{seed}”',
		position: 'Question {n} of {total}',
	},

	/** The quiz, its results and the progress file: the words the article page's script shows. */
	quiz: {
		question: 'Question {n}',
		questionNumber: 'Question {n}.',
		questionStatus: 'Question {n}: {status}',
		status: {
			unanswered: 'Not answered',
			partial: 'Partly answered',
			answered: 'Answered',
			right: 'Right',
			wrong: 'Not right',
			corrected: 'Right on the second try (not scored)',
			written: 'Written, not yet compared with the model answer',
			compared: 'Compared with the model answer',
		},
		modes: { practice: 'practice', test: 'test' },
		mode: 'Mode',
		practiceOption: 'Practice: feedback after each question',
		testOption: 'Test: feedback after handing in',
		modeLocked: 'Mode: {mode}, chosen by your teacher.',
		switchMode: 'Switch to {mode} mode? Your answers to this article will be cleared.',
		variant: 'Version “{seed}”: the questions and their options in an order of their own.',
		print: 'Print worksheet',
		questionsNav: 'Questions',

		check: 'Check answer',
		compare: 'Compare with the model answer',
		writeFirst: 'Write your answer and cite at least one passage first.',
		chooseFirst: 'Choose an answer first.',
		rowsLeft: forms({ one: '{n} row still needs a choice.', other: '{n} rows still need a choice.' }),
		teachingFailed: 'Feedback could not load: reload the page. Your answers are kept.',
		notYet: 'Not right yet.',
		tryAgain: 'Try again',
		showAnswer: 'Show the answer',
		heldForPartB: 'The explanation and the evidence appear once you answer part B.',
		evidence: 'Evidence in the article:',
		next: 'Next question',
		yourAnswer: 'Your answer',
		yourAnswerIs: 'Your answer: {choice}',
		right: 'Right.',
		wrong: 'Wrong.',
		rightAnswer: 'Right answer.',
		moveUp: 'Move up: {item}',
		moveDown: 'Move down: {item}',
		rightPlace: 'Right place.',
		wrongPlace: 'Wrong place: it belongs at number {n}.',
		choose: 'Choose…',
		wrongRow: 'Wrong: the answer is {choice}.',
		selectInArticle: 'Select in the article',
		selecting: forms({ one: 'Question {question}: {n} sentence selected', other: 'Question {question}: {n} sentences selected' }),
		doneSelecting: 'Done: back to question {question}',
		cite: 'The passages you cite (at least one)',
		model: 'A model answer:',
		checklist: 'Which of these points did your answer cover?',
		showPassage: 'Show the passage',
		backToQuestion: 'Back to question {n}',

		/** Inside an LMS course. */
		course: {
			connected: 'Your results go to your course.',
			refused:
				'Your course did not take your latest results. Your answers are kept in this browser, and are sent again with your next answer.',
			'too-large':
				'Your answers are more than your course can keep, so they are kept in this browser. Your score still goes to your course.',
		},
		storage: {
			blocked: 'Progress not saved: this browser blocks storage. Answers last until you leave the page.',
			'not-saved': 'Progress not saved: storage is full. Answers last until you leave the page.',
			reset: 'Saved answers could not be read, so this quiz started fresh.',
		},
		/** "3 of 10 questions": `{n}` is the total, which decides the noun's form. */
		ofQuestions: forms({ one: '{done} of {n} question', other: '{done} of {n} questions' }),
		ofScored: forms({ one: '{done} of {n} scored question', other: '{done} of {n} scored questions' }),
		answered: '{questions} answered',
		correct: ', {n} correct',
		waiting: '{questions} answered. Your score and feedback appear when you hand in the test.',
		handIn: 'Hand in the test',
		handInEarly: 'You have finished {questions}{partial}. Hand in anyway?',
		partial: forms({ one: '; {n} more is only partly answered', other: '; {n} more are only partly answered' }),
		score: 'Score: {questions}.',
		written: ' Written answers: {done} of {n} compared with the model answer.',
		scoreWords: {
			high: 'Strong reading: you found the evidence for nearly everything.',
			middle: 'A good base: look again at the ones you missed, and at where their evidence is.',
			low: 'Worth another read: go through the ones you missed with their evidence.',
		},
		ofTotal: '{done} of {n}',
		skillScore: '{skill}: {done} of {n}',
		reviewMistakes: 'Review my mistakes',
		covered: ': covered {done} of {n} points',
		nextSteps: 'Next:',
		asTest: 'try it again as a test',
		or: ', or ',
		aboutSource: 'read who is behind the source',
		startOver: 'Start over',
		startOverAsk: 'Clear all your answers to this article and start over?',
		newAttempt: 'Start a new attempt',
		newAttemptAsk: 'Start a new attempt? Your handed-in answers will be cleared.',

		take: {
			heading: 'Hand your results to your teacher',
			note: 'Nothing is sent anywhere: you choose what to hand in, and how.',
			name: 'Your name (optional, kept on this device only)',
			download: 'Download results file',
			showCode: 'Show results code',
			printSlip: 'Print results slip',
			code: 'Results code: paste it into the form your teacher gave you',
			copy: 'Copy results code',
			copied: 'The results code is copied.',
			copyFailed: 'This browser would not copy it: select the code and copy it yourself.',
		},
		slip: {
			heading: 'Results slip',
			name: 'Name: {name}',
			modes: { practice: 'Practice', test: 'Test' },
			variant: ', version “{seed}”',
			finished: '{mode}{variant}, finished {when}. Questions version {bank}.',
			score: forms({ one: 'Score: {done} of {n} scored question.', other: 'Score: {done} of {n} scored questions.' }),
		},
		progressFile: {
			notJson: '{file} was not loaded: it is not a progress file (it does not read as JSON). Your answers here are unchanged.',
			notProgress: '{file} was not loaded: it is not an Underline progress file. Your answers here are unchanged.',
			otherArticle: '{file} was not loaded: it holds progress on another article ("{article}"). Your answers here are unchanged.',
			damaged: '{file} was not loaded: its answers are damaged or from a version this page does not read. Your answers here are unchanged.',
			replace: 'Replace your {here} answers on this device with the {there} in {file}?',
			unchanged: 'Nothing was loaded. Your answers here are unchanged.',
			loaded: 'Loaded your progress from {file}.',
		},
	},
};
