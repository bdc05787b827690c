// Quantities, times and results: what speed, proof and permanence claims are made of.
import type { WordList } from '../../src/match/matcher.js';

export const numberWord: WordList = {
  id: 'number-word',
  description: 'Small quantities written as words.',
  entries: [
    '{number}', 'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
    'twelve', 'fourteen', 'twenty', 'thirty', 'a few', 'a couple of', 'a single', 'single', 'several', 'just one',
  ],
};

export const timeUnit: WordList = {
  id: 'time-unit',
  description: 'Units of time.',
  entries: ['second', 'minute', 'hour', 'day', 'week', 'month', 'session', 'treatment', 'application', 'use', 'visit', 'night', 'wash'],
};

/** Spans of the calendar an offer may be limited to ("this weekend only"). */
export const deadlineUnit: WordList = {
  id: 'deadline-unit',
  description: 'Spans of the calendar a deadline is set in (day, week, weekend, month, a named day or season); not sessions or uses, which count treatments.',
  entries: [
    'minute', 'hour', 'day', 'week', 'weekend', 'fortnight', 'month', 'year', 'season', 'night', 'summer', 'winter', 'spring', 'autumn',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  ],
};

export const resultNoun: WordList = {
  id: 'result-noun',
  description: 'Words for the outcome of a treatment.',
  entries: [
    'result', 'results', 'effect', 'effects', 'outcome', 'improvement', 'improvements', 'difference', 'change',
    'transformation', 'lift', 'lifting', 'tightening', 'firming', 'glow', 'radiance', 'rejuvenation', 'repositioning',
    'smoothing', 'plumping', 'brightening', 'fat loss', 'weight loss', 'hair removal', 'hair reduction', 'removal',
    'reduction', 'correction', 'clearance', 'relief', 'solution', 'fix', 'cure',
  ],
};

/** Words that describe what the reader sees or gets, in a time-bound claim. */
export const visibleResult: WordList = {
  id: 'visible-result',
  description: 'Words that say a result is seen or felt.',
  entries: [
    '{result-noun}', 'see', 'notice', 'visible', 'visibly', 'noticeable', 'younger', 'smoother', 'firmer', 'tighter',
    'slimmer', 'sleeker', 'brighter', 'clearer', 'plumper', 'lifted', 'softer', 'fuller', 'thicker', 'glowing', 'radiant', 'refreshed',
    'gone', 'disappear', 'vanish', 'lose', 'drop',
    'silhouette', 'inches', 'pounds', 'sizes', 'transform', 'transformed', 'works', 'work', 'fade', 'clear', 'improve',
    'shrink', 'lighten', 'brighten', 'tighten', 'firm', 'lift', 'smooth',
  ],
};

/** Who a proof or testimonial claim says something about. */
export const people: WordList = {
  id: 'people',
  description: 'Groups of people in statistics and testimonials.',
  entries: ['people', 'women', 'men', 'users', 'patients', 'clients', 'customers', 'participants', 'subjects', 'volunteers', 'testers', 'respondents', 'panellists', 'panelists'],
};

/** Verbs of perception: "80% of women felt..." reports perception, not a measured effect. */
export const perception: WordList = {
  id: 'perception',
  description: 'Verbs of self-assessment.',
  entries: ['thought', 'think', 'felt', 'feel', 'said', 'say', 'agreed', 'agree', 'reported', 'report', 'rated', 'rate', 'noticed', 'notice', 'perceived', 'found', 'liked', 'preferred', 'would recommend'],
};

/** How many times faster or more: "3x sooner", "twice as fast", "five times faster" (rulebook 6.5 "Nx faster"). */
export const multiplier: WordList = {
  id: 'multiplier',
  description: 'Multipliers in speed and efficacy comparisons (rulebook 6.5: "Nx faster").',
  entries: ['2x', '3x', '4x', '5x', '6x', '10x', 'twice', 'two times', 'three times', 'four times', 'five times', 'ten times', '2 times', '3 times', '5 times', '10 times'],
};

/** What a multiplier claims more of: "three times the potency of", "2x the results". */
export const efficacyMeasure: WordList = {
  id: 'efficacy-measure',
  description: 'Measures of effect a multiplied comparison claims (rulebook 6.9: comparisons need a like-for-like basis).',
  entries: ['strength', 'power', 'potency', 'result', 'effect', 'effectiveness', 'efficacy', 'performance', 'impact', 'concentration'],
};

/** Comparatives of speed after a multiplier or "as ... as" (rulebook 6.5: "Nx faster", "as fast as 6 weeks"). */
export const speedComparative: WordList = {
  id: 'speed-comparative',
  description: 'Speed comparatives (rulebook 6.5: "Nx faster", "in as few as").',
  entries: ['faster', 'sooner', 'quicker', 'quickly', 'fast', 'rapid', 'soon', 'swiftly'],
};
