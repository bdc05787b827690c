// Context words that decide whether a matched phrase is a claim. Shared by
// every rule through the judge; one list for each idea.
import type { WordList } from '../../src/match/matcher.js';

/** Likelihood hedges that soften the claim that follows them. */
export const hedge: WordList = {
  id: 'hedge',
  description: 'Likelihood hedges placed before a claim (rulebook section 7.2).',
  entries: [
    'may', 'might', 'could', 'can help', 'could help', 'may help', 'might help', 'help', 'helps', 'helped', 'helping',
    'aid', 'aids', 'assist', 'assists', 'support', 'supports',
    'designed to', 'formulated to', 'intended to', 'aims to', 'aim to', 'aiming to', 'works to', 'tends to', 'tend to',
    'typically', 'usually', 'normally', 'commonly', 'often', 'generally', 'frequently', 'gradually', 'over time', 'likely to', 'potentially',
    'for many', 'for most', 'for some', 'many people', 'most people', 'some people', 'many clients', 'most clients',
    'many patients', 'most patients', 'some patients', 'some clients', 'in many cases', 'in some cases',
    'can improve', 'can soften', 'can reduce', 'is designed to', 'are designed to',
  ],
};

/** Negations that deny everything after them in the sentence, such as the
 * standard disclaimer "not intended to diagnose, treat, cure or prevent". */
export const scopeNegator: WordList = {
  id: 'scope-negator',
  description: 'Disclaimers whose negation reaches the end of the sentence.',
  entries: [
    'not intended to', 'is not intended to', 'are not intended to', 'not designed to', 'not meant to', 'does not claim to',
    'do not claim to', 'cannot claim to', 'we make no claim', 'makes no claim', 'not a substitute for', 'is not a medicine',
    'not a medical treatment', 'we do not offer', 'we don\'t offer', 'we no longer offer', 'not evaluated by',
    // A disclaimed guarantee covers what follows it: "we cannot guarantee results after one visit".
    'cannot guarantee', 'can not guarantee', "can't guarantee", 'cannot always guarantee', 'can not always guarantee', 'do not guarantee', "don't guarantee", 'no guarantee',
  ],
};

/** Hedges that qualify a whole sentence wherever they stand in it. */
export const sentenceHedge: WordList = {
  id: 'sentence-hedge',
  description: 'Variability disclaimers that qualify the whole sentence.',
  entries: [
    'results vary', 'results may vary', 'results can vary', 'results will vary', 'individual results', 'results differ',
    'varies from person to person', 'vary from person to person', 'results are not guaranteed', 'not guaranteed',
    'depending on', 'depends on',
  ],
};

/** Appearance qualifiers that move a claim from physiology to looks (rulebook 7.1). */
export const appearance: WordList = {
  id: 'appearance',
  description: 'Appearance and feel qualifiers.',
  entries: ['appearance', 'appear', 'appears', 'look', 'looks', 'looking', 'look of', 'visible signs', 'feel', 'feels', 'feeling', 'the look'],
};

/** Negators: a claim after one of these is denied, not made. */
export const negator: WordList = {
  id: 'negator',
  description: 'Negation words.',
  entries: [
    'not', 'no', 'never', 'cannot', "can't", 'cant', "won't", "don't", "doesn't", "isn't", "aren't", "wasn't", "weren't",
    "shouldn't", "wouldn't", "couldn't", "didn't", 'nor', 'neither', 'none', 'unable to', 'without', 'nothing',
    'do not', 'does not', 'will not', 'can not', 'is not', 'are not', 'no one', 'nobody', 'rarely', 'seldom', 'not yet', 'has not', 'have not',
  ],
};

/** Hedges the strict preset no longer accepts on their own: they soften the
 * tone without saying the result is uncertain. "may help" still clears. */
export const weakHedge: WordList = {
  id: 'weak-hedge',
  description: 'Hedges too weak for claimlint:strict.',
  entries: [
    'help', 'helps', 'helped', 'helping', 'aid', 'aids', 'assist', 'assists', 'support', 'supports',
    'typically', 'usually', 'often', 'generally', 'frequently', 'gradually', 'over time', 'works to', 'tends to', 'tend to',
  ],
};

/** Intensifiers that make a safety assurance absolute ("completely safe");
 * a rewrite replaces them together with the claim. */
export const safetyIntensifier: WordList = {
  id: 'safety-intensifier',
  description: 'Words that intensify a safety assurance.',
  entries: ['totally', 'completely', '100', '%', 'perfectly', 'entirely', 'absolutely', 'fully', 'guaranteed', 'always', 'extremely', 'very', 'proven'],
};

/** Service words: speed of booking or delivery, not of results ("instantly download"). */
export const logistics: WordList = {
  id: 'logistics',
  description: 'Words about service and delivery rather than results.',
  entries: [
    'download', 'book', 'booking', 'access', 'receive', 'confirm', 'confirmation', 'pay', 'payment', 'checkout', 'reserve',
    'email', 'emailed', 'delivered', 'delivery', 'dispatched', 'shipping', 'reply', 'respond', 'quote', 'available',
    'accessible', 'message', 'call', 'chat', 'subscribe', 'answer', 'ship', 'dispatch', 'deliver',
    // Finance for a course ("an instant decision on finance") and what software does at once.
    // ("flow" and "alert" are left out: "boosts lymphatic flow instantly", "feel instantly alert" are results.)
    'decision', 'credit', 'finance', 'financing', 'loan', 'refund', 'estimate', 'notification', 'feedback', 'messaging', 'preview',
  ],
};

/** How a condition goes by itself: beside one, "it disappears" tells its
 * natural course ("most warts disappear on their own"), not what a product does. */
export const naturalCourse: WordList = {
  id: 'natural-course',
  description: 'Words that say a concern or condition goes away by itself (on its own, naturally, without treatment, with age, after pregnancy).',
  entries: [
    'on its own', 'on their own', 'by itself', 'by themselves', 'naturally', 'spontaneously', 'without treatment', 'untreated',
    'with age', 'with time', 'in time', 'over time', 'as children grow', 'in adulthood', 'after pregnancy', 'after puberty', 'by adulthood', 'of its own accord',
  ],
};

/** Getting to the clinic and in touch with it: "the quickest way to reach
 * us", "the only option for parking" rank a way of doing that, not the offer. */
export const reachingUs: WordList = {
  id: 'reaching-us',
  description: 'Words for getting to or in touch with the clinic (reach, contact, find, parking, directions, enquire).',
  entries: ['reach', 'contact', 'find', 'parking', 'park', 'directions', 'enquire', 'enquiry', 'inquire', 'inquiry', 'arrive', 'travel', 'get in touch'],
};

/** Things a "permanent" names as lasting by their nature or their standing,
 * where nothing about a result is said: "permanent make-up" (a service),
 * "permanent staff", "a permanent record". */
export const permanentThing: WordList = {
  id: 'permanent-thing',
  description: 'Nouns after "permanent" that name a service, a post or a record, not a result (permanent make-up, staff, address, record).',
  entries: [
    'make', 'makeup', 'cosmetics', 'eyeliner', 'ink', 'marker', 'resident', 'residence', 'address', 'staff', 'position', 'job', 'employee', 'member',
    // (Not "reversal": "a permanent reversal of sun damage" promises a result.)
    'record', 'code', 'discount', 'link', 'redirect', 'contract', 'collection', 'exhibition', 'fixture', 'attribute',
  ],
};

/** Records a site keeps or deletes: "your data is kept permanently" is a
 * privacy notice, not a promise about skin. */
export const storedRecord: WordList = {
  id: 'stored-record',
  description: 'Records a privacy or account notice says are kept or deleted (data, details, account, photos, messages).',
  entries: [
    // Not "booking" (its key is "book": "Book today and have hair permanently removed") nor "history".
    'data', 'information', 'details', 'record', 'records', 'account', 'accounts', 'file', 'files', 'photos', 'photographs', 'images',
    'messages', 'emails', 'email address', 'cookies', 'card details', 'password', 'notes', 'consultation notes',
    'medical records', 'backups', 'copies', 'consent form', 'consent forms', 'submissions',
  ],
};

/** What a notice says is done to a record (kept, stored, deleted). */
export const recordKeepingVerb: WordList = {
  id: 'record-keeping-verb',
  description: 'Verbs of keeping or deleting a record (kept, stored, retained, deleted, archived).',
  // Not "removed" or "erased": "unwanted hair permanently removed" is the claim itself.
  entries: ['kept', 'stored', 'retained', 'saved', 'held', 'deleted', 'archived', 'closed', 'blocked', 'cancelled'],
};

/** What a ranking word may rank that is not an offer: "the number one
 * question we get", "the top reason clients book", "the biggest mistake". */
export const rankedNonOffer: WordList = {
  id: 'ranked-non-offer',
  description: 'Nouns a ranking word ranks that are not the offer (question, reason, priority, mistake, cause, tip).',
  entries: [
    'question', 'questions', 'reason', 'reasons', 'priority', 'mistake', 'mistakes', 'concern', 'complaint', 'request', 'requests',
    'cause', 'causes', 'culprit', 'enemy', 'tip', 'tips', 'rule', 'goal', 'thing', 'things', 'myth', 'myths', 'sign', 'signs', 'factor',
  ],
};

/** Money: a figure next to one of these is a price, a fee or a sum, not a
 * finding ("a 15% increase in price", "prices rise by up to 10%"). "Rate" is
 * left out: "a success rate of up to 90%" is a finding. */
export const moneyWord: WordList = {
  id: 'money-word',
  description: 'Prices, fees, taxes and sums: a percentage beside them is money, not a measured result.',
  entries: [
    'price', 'cost', 'fee', 'charge', 'tax', 'vat', 'payment', 'salary', 'wage', 'rent', 'bill', 'invoice', 'budget', 'revenue',
    // (Not "deposit": "fat deposits".)
    'sales', 'profit', 'margin', 'discount', 'turnover',
  ],
};

/** Words that show a document speaks of the face, skin or body: a concern
 * word with a sense elsewhere too ("lines" on an invoice, in a contract) is
 * a concern only in a document that has one of them. Forms are listed as
 * written: the document is searched for them, not stemmed. */
export const skinSense: WordList = {
  id: 'skin-sense',
  description: 'Words that show a document speaks of the face or skin, where an ambiguous concern word ("lines") is read as one.',
  entries: [
    'skin', 'skincare', 'face', 'faces', 'facial', 'facials', 'eye', 'eyes', 'eyelid', 'eyelids', 'forehead', 'brow', 'brows',
    'eyebrow', 'eyebrows', 'mouth', 'lip', 'lips', 'neck', 'chin', 'cheek', 'cheeks', 'jaw', 'jawline', 'nose', 'wrinkle',
    'wrinkles', 'wrinkled', 'crease', 'creases', 'complexion', 'botox', 'toxin', 'anti-wrinkle', 'filler', 'fillers',
    'injection', 'injections', 'injectable', 'injectables', 'collagen', 'elastin', 'muscle', 'muscles', 'smile', 'frown',
    'laser', 'peel', 'peels', 'serum', 'serums', 'cream', 'creams', 'moisturiser', 'moisturizer', 'retinol', 'microneedling',
    'facelift', 'youthful', 'younger-looking', 'aesthetic', 'aesthetics', 'cosmetic', 'cosmetics', 'dermal', 'dermatologist',
    'beauty', 'clinic', 'anti-ageing', 'anti-aging', 'rejuvenation', 'rejuvenating', 'dermatology', 'dermatological',
    'microdermabrasion', 'hyaluronic', 'skin booster', 'skin boosters', 'tox', 'dysport', 'xeomin', 'profhilo', 'hifu',
  ],
};

/** Records a ledger, statement or data file keeps: "unmatched transactions"
 * are ones not yet paired with another record, not ones without equal. */
export const ledgerRecord: WordList = {
  id: 'ledger-record',
  description: 'Records in accounts and data (transactions, entries, lines): "unmatched" before or after them means not paired.',
  entries: [
    // Matched on word keys: each word stands for its plural too.
    'transaction', 'entry', 'line', 'record', 'item', 'payment', 'amount', 'invoice', 'receipt', 'statement', 'row', 'credit',
    'debit', 'deposit', 'data', 'information', 'document', 'order',
  ],
};

/** Words that open a verb's object: after them "return" and "recover" take
 * an object ("does not return the form") instead of saying something comes back. */
export const objectOpener: WordList = {
  id: 'object-opener',
  description: 'Determiners and object pronouns that open a verb\'s object (the, a, all, your, them).',
  entries: [
    'the', 'a', 'an', 'all', 'any', 'every', 'each', 'some', 'no', 'your', 'their', 'his', 'her', 'its', 'our', 'my',
    'this', 'that', 'these', 'those', 'them', 'him', 'us', 'me',
  ],
};

/** Words that make a sentence talk about a claim rather than make it: the
 * rules themselves, regulators, or a phrase held up as what not to say
 * ("so-called", "marketed as"). Use against mention (rulebook 7.4). */
export const mentionMarker: WordList = {
  id: 'mention-marker',
  description: 'Markers of a sentence that mentions a claim instead of making it (regulation, myths, labels quoted to be refuted).',
  entries: [
    'so-called', 'so called', 'is lying', 'are lying', 'lying to you', 'a myth', 'myths', 'buzzword', 'marketing term', 'marketed as', 'market themselves as',
    'promote themselves as', 'sold as', 'claim to be', 'claims to be', 'claiming to be', 'should not be promoted', 'may not be advertised', 'must not be advertised',
    'cannot be advertised', 'not permitted', 'not allowed', 'prohibited', 'is illegal', 'prescription-only medicine', 'prescription only medicine',
    'prescription-only medicines', 'must be safe', 'by law', 'the law', 'regulations', 'regulators', 'the regulator', 'the asa', 'the cap code',
    'fda has not', 'the fda does not', 'beware of', 'be wary of', 'watch out for',
    // Others' claims reported, not made: "many salons will tell you that...".
    'will tell you that', 'would have you believe', 'will try to tell you',
  ],
};

/** Words that introduce examples of wording (a style guide's "avoid writing
 * ..."): a claim quoted after one is shown, not made (rulebook 7.4). */
export const exampleMarker: WordList = {
  id: 'example-marker',
  description: 'Words that introduce quoted examples of wording (phrases like, words such as, avoid writing, never say).',
  entries: [
    'phrases like', 'phrases such as', 'words like', 'words such as', 'terms like', 'terms such as', 'claims like', 'claims such as',
    'wording like', 'wording such as', 'language like', 'language such as', 'expressions like', 'such phrases as',
    'avoid writing', 'avoid saying', 'avoid the phrase', 'avoid the word', 'avoid words', 'avoid phrases', 'avoid claims',
    'never write', 'never say', "don't write", "don't say", 'do not write', 'do not say', 'instead of writing', 'instead of saying',
    'rather than writing', 'rather than saying', 'the phrase', 'the word', 'the words', 'the term', 'the claim',
    'instead of', 'rather than', 'banned phrases', 'banned words', 'banned claims', 'banned wording', 'never claim', "don't claim", 'do not claim',
    'never use', "don't use", 'do not use',
  ],
};

/** Instructions to the reader (aftercare, preparation): products named in them
 * are what to avoid or take, not what the offer claims. */
export const instructionMarker: WordList = {
  id: 'instruction-marker',
  description: 'Markers of preparation and aftercare instructions.',
  entries: [
    'prior to treatment', 'prior to your treatment', 'before treatment', 'before your treatment', 'before your appointment', 'after your treatment',
    'before your procedure', 'you must', 'you should', 'you should not', 'should only be', 'must only be', 'must be administered', 'should be administered',
    'consult your', 'speak to your doctor', 'ask your doctor', 'your doctor may', 'stop using', 'do not use', "don't use", 'avoid using', 'avoid taking',
  ],
};

/** Imperatives that open an instruction when they open the sentence ("Avoid retinoids for a week"). */
export const instructionVerb: WordList = {
  id: 'instruction-verb',
  description: 'Verbs that open an aftercare or preparation instruction.',
  entries: ['avoid', 'stop', 'discontinue', 'refrain from', 'do not', "don't", 'never', 'remember to', 'make sure', 'keep out of', 'stay out of'],
};

/** Hedges that soften tone without saying the outcome is uncertain: they
 * never clear a safety assurance ("typically painless", "designed to be
 * virtually pain-free" still promise no pain; rulebook 6.8, CAP hair-removal advice). */
export const softHedge: WordList = {
  id: 'soft-hedge',
  description: 'Hedges that do not clear a safety claim: frequency, design intent and "virtually".',
  entries: [
    ...weakHedge.entries, 'designed to', 'is designed to', 'are designed to', 'formulated to', 'intended to', 'aims to', 'aim to', 'virtually', 'almost',
    'practically', 'nearly', 'normally', 'commonly', 'for most', 'most people', 'most clients', 'most patients', 'generally',
  ],
};

/** Words that open a reader's question: "Is laser hair removal permanent?"
 * asks; the answer is where a claim would be made. */
export const questionOpener: WordList = {
  id: 'question-opener',
  description: 'Interrogatives and auxiliaries that open a question (FAQ headings).',
  entries: ['is', 'are', 'was', 'does', 'do', 'did', 'can', 'could', 'will', 'would', 'should', 'how', 'what', 'when', 'where', 'which', 'who', 'why', 'am i', 'is it', 'are there'],
};

/** Questions that sell instead of asking: they presuppose the claim
 * ("Ready to say goodbye to acne scars?", "Why put up with rosacea?"). */
export const rhetoricalMarker: WordList = {
  id: 'rhetorical-marker',
  description: 'Markers of a rhetorical question that presupposes or sells the claim (rulebook 6.14 pressure; issue: "Ready to say goodbye to acne scars?").',
  entries: [
    'ready to', 'why put up with', 'why suffer', 'why live with', 'why wait', 'tired of', 'fed up with', 'sick of', 'want to', 'wish you could',
    'looking for a way', 'dreaming of', "who wouldn't", 'who would not', "isn't it time", 'is it time', 'what are you waiting for', 'say goodbye',
    'imagine', 'did you know', "don't you deserve", 'why not', 'looking to', 'do you want', 'would you like', 'hoping to', 'would you love', 'do you wish', 'struggling with', 'bothered by', 'unhappy with',
  ],
};

/** Risks stated in the same sentence as a safety assurance balance it
 * ("little to no downtime, but you may have mild swelling"): the rulebook's
 * accepted form (6.8: "qualified and balanced with risks"). */
export const riskDisclosure: WordList = {
  id: 'risk-disclosure',
  description: 'Statements of risks and side effects that balance a safety assurance (rulebook 6.8, 7.2).',
  entries: [
    'risks include', 'side effects include', 'may experience', 'might experience', 'may have some', 'might have some', 'you may notice', 'you might notice',
    'some redness', 'mild redness', 'temporary redness', 'some swelling', 'mild swelling', 'some bruising', 'mild bruising', 'pinpoint bleeding',
    'mild discomfort', 'some discomfort', 'rarely', 'in rare cases', 'a small risk of', 'a low risk of', 'a slight risk of',
  ],
};

/** Things whose safety is no promise about the body: a website, a payment,
 * the reader's data ("your data is safe with us", "safe to browse"). */
export const safeThing: WordList = {
  id: 'safe-thing',
  description: 'Websites, data, payments and premises, and what a reader does with them (browse, shop, pay): "safe" said of them is not a safety claim.',
  entries: [
    'website', 'site', 'web page', 'webpage', 'online shop', 'app', 'data', 'personal data', 'details', 'personal details', 'card details', 'information',
    'payment', 'checkout', 'transaction', 'password', 'account', 'connection', 'parking', 'car park', 'premises', 'building',
    'browse', 'browsing', 'shop', 'shopping', 'pay', 'park', 'store',
  ],
};

/** Terms of a sale: "risk-free" said of them is an offer's terms (a refund,
 * a free first visit), not an assurance that a procedure is safe (rulebook 6.8
 * is about the treatment's risks). */
export const purchaseTerm: WordList = {
  id: 'purchase-term',
  description: 'Words for the terms of a sale or a first visit (order, trial, refund, money-back, consultation, getting started): "risk-free" said of them is not a safety claim.',
  entries: [
    'order', 'purchase', 'buy', 'trial', 'money-back', 'money back', 'refund', 'returns', 'return policy', 'consultation', 'consult',
    'getting started', 'get started', 'sign up', 'subscription', 'subscribe', 'cancel', 'cancellation', 'try it', 'try us', 'deposit',
  ],
};
