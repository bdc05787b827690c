// The rewrite table: sentences in our own words, one or more for every rule
// and every grammatical role a claim can have in its sentence, each with the
// exact suggestion claimlint must offer (or null: advice and no replacement
// text, because the role is in doubt or no rewrite keeps the claim's topic)
// and whether --fix applies it on its own. Every suggestion must lint clean.
// The mechanisms issue 14 lists under "Where it stands" each have a sentence
// below showing they no longer happen. Real copy is measured by
// `npm run eval:rewrites` and tests/rewrite-property.test.ts, never here.
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { fixText } from '../../src/fix/fix-text.js';
import { rulePack } from '../../rules/index.js';
import { applyEdit, lint } from '../helpers.js';

/** The claim's grammatical role, as the rewrite reads it ('unknown': advice only). */
type Role =
  | 'imperative'
  | 'third'
  | 'plural'
  | 'bare'
  | 'infinitive'
  | 'gerund'
  | 'past'
  | 'helped'
  | 'helpedTo'
  | 'participle'
  | 'attributive'
  | 'predicate'
  | 'noun'
  | 'adverb'
  | 'insertion'
  | 'question'
  | 'unknown';

const ROLES: readonly Role[] = ['imperative', 'third', 'plural', 'bare', 'infinitive', 'gerund', 'past', 'helped', 'helpedTo', 'participle', 'attributive', 'predicate', 'noun', 'adverb', 'insertion', 'question', 'unknown'];

/** [rule, role, sentence, the first suggestion applied (null: advice only), --fix applies it]. */
type Row = [string, Role, string, string | null, boolean];

const TABLE: Row[] = [
  ["absolute-guarantee", "imperative", "Erase wrinkles.", "Help reduce the appearance of wrinkles.", true],
  ["absolute-guarantee", "imperative", "Smooth out fine lines around the eyes.", "Help smooth the appearance of fine lines around the eyes.", true],
  ["absolute-guarantee", "third", "Our retinol cream removes dark spots.", "Our retinol cream may help reduce the appearance of dark spots.", true],
  ["absolute-guarantee", "third", "Reduces puffiness under the eyes.", "May help reduce the appearance of puffiness under the eyes.", true],
  ["absolute-guarantee", "third", "The peel also erases age spots.", "The peel may also help reduce the appearance of age spots.", true],
  ["absolute-guarantee", "third", "The serum gently fades dark marks.", "The serum may help gently fade the appearance of dark marks.", true],
  ["absolute-guarantee", "plural", "Our facials reduce fine lines.", "Our facials may help reduce the appearance of fine lines.", true],
  ["absolute-guarantee", "plural", "Treatments that eliminate crow's feet are popular.", "Treatments that may help reduce the appearance of crow's feet are popular.", true],
  ["absolute-guarantee", "plural", "We remove unwanted hair from the face.", "We may help reduce the appearance of unwanted hair from the face.", true],
  ["absolute-guarantee", "bare", "The device will erase dark circles.", "The device will help reduce the appearance of dark circles.", true],
  ["absolute-guarantee", "bare", "A single session can eliminate age spots.", "A single session can help reduce the appearance of age spots.", true],
  ["absolute-guarantee", "bare", "It can lift the brows and reduce wrinkles.", "It can lift the brows and help reduce the appearance of wrinkles.", true],
  ["absolute-guarantee", "infinitive", "Use it daily to minimise pores.", "Use it daily to help minimise the appearance of pores.", true],
  ["absolute-guarantee", "infinitive", "We use a gentle laser to fade freckles.", "We use a gentle laser to help fade the appearance of freckles.", true],
  ["absolute-guarantee", "gerund", "Minimising wrinkles is what we do best.", "Helping minimise the appearance of wrinkles is what we do best.", true],
  ["absolute-guarantee", "gerund", "The gel works by tightening pores.", "The gel works by helping tighten the appearance of pores.", true],
  ["absolute-guarantee", "past", "It reduced my dark circles.", "It helped reduce the appearance of my dark circles.", true],
  ["absolute-guarantee", "past", "The cream has removed her age spots.", "The cream has helped reduce the appearance of her age spots.", true],
  ["absolute-guarantee", "participle", "Diminished dark circles:", "Reduced appearance of dark circles:", false],
  ["absolute-guarantee", "attributive", "Flawless skin in a bottle.", "Smoother-looking skin in a bottle.", false],
  ["absolute-guarantee", "attributive", "Enjoy a blemish-free complexion.", "Enjoy a clearer-looking complexion.", false],
  // No noun after the "-free" word: nothing for "-looking" to describe.
  ["absolute-guarantee", "unknown", "Acne-free in weeks, or your money back.", null, false],
  ["absolute-guarantee", "attributive", "Guaranteed results with every facial.", "Results with every facial.", false],
  ["absolute-guarantee", "noun", "Guaranteed results or your money back.", null, false],
  ["absolute-guarantee", "unknown", "Our cream completely erases wrinkles.", null, false],
  ["absolute-guarantee", "unknown", "Say goodbye to cellulite.", null, false],
  ["absolute-guarantee", "unknown", "Wrinkles are erased in one visit.", null, false],
  ["absolute-guarantee", "unknown", "Lose inches from your waist.", null, false],
  ["absolute-guarantee", "unknown", "It works for every skin type.", null, false],
  ["absolute-guarantee", "unknown", "Removes and prevents dark spots.", null, false],
  ["absolute-guarantee", "question", "Want to erase your wrinkles?", "Want to help reduce the appearance of your wrinkles?", false],
  ["disease-therapeutic", "third", "This laser treats acne scars.", "This laser may help improve the appearance of acne scars.", true],
  ["disease-therapeutic", "imperative", "Treat stretch marks at home.", "Help improve the appearance of stretch marks at home.", true],
  ["disease-therapeutic", "gerund", "A cream for treating acne scars.", "A cream for helping improve the appearance of acne scars.", true],
  ["disease-therapeutic", "third", "The gel reduces spider veins.", "The gel may help reduce the appearance of spider veins.", true],
  ["disease-therapeutic", "helped", "Our serum helps reduce spider veins.", "Our serum helps reduce the appearance of spider veins.", true],
  ["disease-therapeutic", "unknown", "The balm treats eczema.", null, false],
  ["disease-therapeutic", "unknown", "Relieves psoriasis flare-ups.", null, false],
  ["disease-therapeutic", "unknown", "Natural relief for rosacea.", null, false],
  ["disease-therapeutic", "unknown", "An anti-inflammatory serum.", null, false],
  ["disease-therapeutic", "unknown", "Cures acne fast.", null, false],
  ["structure-function", "third", "The serum stimulates collagen.", "The serum may help skin look firmer and smoother.", false],
  ["structure-function", "third", "Microneedling boosts collagen production.", "Microneedling may help skin look firmer and smoother.", false],
  ["structure-function", "third", "Our facial promotes cell turnover.", "Our facial may help skin look fresher and smoother.", false],
  ["structure-function", "third", "Red light therapy also stimulates elastin.", "Red light therapy may also help skin look firmer and smoother.", false],
  ["structure-function", "imperative", "Stimulate hair follicles.", "Help hair look thicker and fuller.", false],
  ["structure-function", "imperative", "Boost collagen with every session.", "Help skin look firmer and smoother with every session.", false],
  ["structure-function", "bare", "The peel will boost collagen.", "The peel will help skin look firmer and smoother.", false],
  ["structure-function", "infinitive", "We use radiofrequency to stimulate collagen.", "We use radiofrequency to help skin look firmer and smoother.", false],
  ["structure-function", "gerund", "A facial for boosting collagen.", "A facial for helping skin look firmer and smoother.", false],
  ["structure-function", "gerund", "The device works by stimulating collagen production.", "The device works by helping skin look firmer and smoother.", false],
  ["structure-function", "helped", "The mask helps stimulate collagen.", "The mask helps skin look firmer and smoother.", false],
  ["structure-function", "helpedTo", "The mask is helping to stimulate collagen.", "The mask is helping to make skin look firmer and smoother.", false],
  ["structure-function", "third", "The injection destroys fat cells.", "The injection may help refine the look of body contours.", false],
  ["structure-function", "third", "The cold breaks down fat cells.", "The cold may help refine the look of body contours.", false],
  ["structure-function", "third", "It relaxes the muscles that cause frown lines.", null, false],
  ["structure-function", "third", "This serum inhibits melanin production.", "This serum may help even the look of skin tone.", false],
  ["structure-function", "third", "The toner regulates sebum production.", null, false],
  ["structure-function", "third", "It repairs damaged skin.", "It may help improve the look of damaged skin.", false],
  ["structure-function", "unknown", "The massage increases blood circulation.", null, false],
  ["structure-function", "unknown", "Increased blood circulation leaves you glowing.", null, false],
  ["structure-function", "unknown", "It boosts the immune response of the skin.", null, false],
  ["structure-function", "unknown", "The peel stimulates collagen in the dermis.", null, false],
  ["structure-function", "unknown", "It destroys fat cells, stopping them from coming back.", null, false],
  ["structure-function", "unknown", "Collagen production rises after each session.", null, false],
  ["structure-function", "unknown", "Boost collagen and elastin for bounce.", null, false],
  ["structure-function", "unknown", "The laser targets hair follicles at the root.", null, false],
  ["permanence", "attributive", "Permanent results in three sessions.", "Longer-lasting results.", false],
  ["permanence", "attributive", "A permanent solution to unwanted hair.", "A longer-lasting solution to unwanted hair.", false],
  ["permanence", "predicate", "The results are permanent.", "The results are longer-lasting.", false],
  ["permanence", "attributive", "Enjoy lifelong smoothness.", "Enjoy longer-lasting smoothness.", false],
  ["permanence", "adverb", "The laser permanently reduces hair growth.", "The laser may help reduce the look of unwanted hair.", false],
  ["permanence", "adverb", "Stubborn hair is gone forever with our laser.", "Stubborn hair is gone with our laser.", true],
  ["permanence", "adverb", "It clears blemishes for good.", "It clears blemishes.", true],
  ["permanence", "unknown", "Results last forever.", null, false],
  ["permanence", "unknown", "Your hair will never grow back.", null, false],
  ["permanence", "unknown", "Say goodbye to cellulite forever.", null, false],
  ["permanence", "unknown", "Long-lasting results with every peel.", null, false],
  ["authority-endorsement", "attributive", "An FDA-approved laser for hair removal.", "A laser for hair removal.", false],
  ["authority-endorsement", "attributive", "Try our award-winning serum.", "Try our serum.", false],
  ["authority-endorsement", "unknown", "The filler is approved by the FDA.", null, false],
  ["authority-endorsement", "unknown", "Backed by FDA approval.", null, false],
  ["authority-endorsement", "unknown", "Dermatologist recommended for dry skin.", null, false],
  ["authority-endorsement", "unknown", "Our peel is FDA approved.", null, false],
  ["unsubstantiated-proof", "participle", "Clinically proven to brighten dull skin.", "Clinically studied to brighten dull skin.", false],
  ["unsubstantiated-proof", "participle", "A scientifically proven formula.", "A scientifically studied formula.", false],
  ["unsubstantiated-proof", "unknown", "Studies show it works.", null, false],
  ["unsubstantiated-proof", "unknown", "A 73% reduction in redness.", null, false],
  ["unsubstantiated-proof", "unknown", "Clinically tested for sensitive skin.", null, false],
  ["safety-no-risk", "predicate", "The peel is painless.", "The peel is comfortable for most people.", false],
  // Who it suits is the claim: a plainer word would keep it ("low-risk enough for pregnant women").
  ["safety-no-risk", "attributive", "Harmless enough for pregnant women.", null, false],
  ["safety-no-risk", "predicate", "The treatment is completely safe.", "The treatment is generally well tolerated.", false],
  ["safety-no-risk", "predicate", "Microneedling is safe for all skin types.", "Microneedling is generally well tolerated for most skin types.", false],
  ["safety-no-risk", "predicate", "Our laser is risk-free.", "Our laser is low-risk for most people.", false],
  ["safety-no-risk", "predicate", "Microneedling: non-invasive and totally safe.", "Microneedling: minimally invasive and generally well tolerated.", false],
  // Of a treatment that breaks no skin "minimally invasive" would be a new fact: advice only.
  ["safety-no-risk", "predicate", "Non-invasive and totally safe.", null, false],
  ["safety-no-risk", "predicate", "The procedure is safe and effective.", "The procedure is generally well tolerated and effective.", false],
  ["safety-no-risk", "attributive", "A safe, gentle peel to refresh your skin.", "A well-tolerated, gentle peel to refresh your skin.", false],
  // A way, a choice or a service is not something the body tolerates: advice only.
  ["safety-no-risk", "attributive", "A safe, gentle way to refresh your skin.", null, false],
  ["safety-no-risk", "attributive", "Booking with us is a safe choice.", null, false],
  ["safety-no-risk", "attributive", "Enjoy a painless treatment.", "Enjoy a generally comfortable treatment.", false],
  ["safety-no-risk", "attributive", "A virtually painless session.", "A generally comfortable session.", false],
  ["safety-no-risk", "attributive", "A non-invasive needle facial for busy people.", "A minimally invasive needle facial for busy people.", false],
  ["safety-no-risk", "noun", "There is no downtime.", "There is little downtime for most people.", false],
  ["safety-no-risk", "noun", "Enjoy smooth skin with no pain.", "Enjoy smooth skin with little discomfort for most people.", false],
  ["safety-no-risk", "noun", "No downtime and no side effects.", null, false],
  ["safety-no-risk", "unknown", "There is little to no pain.", null, false],
  ["safety-no-risk", "unknown", "No downtime required.", null, false],
  ["safety-no-risk", "unknown", "It will not damage the skin.", null, false],
  ["safety-no-risk", "unknown", "Safe for everyone, every time.", "Generally well tolerated for most people, every time.", false],
  ["speed-instant", "adverb", "It instantly tightens the skin.", "It tightens the skin.", true],
  ["speed-instant", "attributive", "Get an instant glow.", "Get a glow.", false],
  ["speed-instant", "attributive", "Immediate results from one session.", "Results from one session.", false],
  ["speed-instant", "attributive", "Our fast-acting serum.", "Our serum.", false],
  ["speed-instant", "noun", "Smoother skin in just 7 days.", "Smoother skin.", false],
  ["speed-instant", "noun", "See a difference within two weeks.", "See a difference.", false],
  ["speed-instant", "unknown", "Three times faster than a facial.", null, false],
  ["speed-instant", "unknown", "Results in as little as 3 sessions.", null, false],
  ["speed-instant", "unknown", "Works overnight.", null, false],
  ["comparative-superlative", "attributive", "A world-leading skin clinic.", "An established skin clinic.", false],
  ["comparative-superlative", "attributive", "Our unrivalled laser.", "Our well-regarded laser.", false],
  // Results are not "well regarded": the writer rewords.
  ["comparative-superlative", "attributive", "Unrivalled results every time.", null, false],
  ["comparative-superlative", "attributive", "Try our most advanced facial.", "Try our modern facial.", false],
  ["comparative-superlative", "unknown", "One of the most advanced peels on the market.", null, false],
  ["comparative-superlative", "unknown", "The best clinic in London.", null, false],
  ["comparative-superlative", "unknown", "Better than Botox.", null, false],
  ["comparative-superlative", "unknown", "The most effective treatment for lines.", null, false],
  ["before-after-testimonial", "insertion", "This cream really works.", "This cream really works (individual results vary).", false],
  ["before-after-testimonial", "insertion", "\"My scars are gone!\" says one client.", "\"My scars are gone!\" says one client (individual results vary).", false],
  ["before-after-testimonial", "insertion", "I look ten years younger.", "I look ten years younger (individual results vary).", false],
  ["before-after-testimonial", "insertion", "Clients love the results, and so will you.", "Clients love the results, and so will you (individual results vary).", false],
  ["hype", "attributive", "A revolutionary facial for tired skin.", "A modern facial for tired skin.", false],
  ["hype", "attributive", "Our state-of-the-art clinic.", "Our modern clinic.", false],
  ["hype", "attributive", "See astonishing results.", "See noticeable results.", false],
  // The plainer word would echo its neighbour: "noticeable improvement is noticed".
  ["hype", "attributive", "Dramatic improvement is noticed after two months.", null, false],
  ["hype", "attributive", "A miracle cream.", "A nourishing cream.", false],
  // A hype noun has a plain word only where it names a product; "a favourite" would say something else.
  ["hype", "noun", "This serum is a game-changer.", null, false],
  ["hype", "unknown", "The cutting edge of skin care.", null, false],
  ["hype", "unknown", "A breakthrough in skin care.", null, false],
  ["free-from-natural", "attributive", "A paraben-free cleanser.", "A cleanser.", false],
  ["free-from-natural", "attributive", "A gentle and paraben-free cleanser.", "A gentle cleanser.", false],
  ["free-from-natural", "predicate", "This balm is fragrance-free.", "This balm is formulated without fragrance.", false],
  ["free-from-natural", "predicate", "The moisturiser is sulfate-free.", "The moisturiser is formulated without sulfates.", false],
  ["free-from-natural", "predicate", "Our serum is hypoallergenic.", null, false],
  ["free-from-natural", "noun", "Free from parabens.", "Formulated without parabens.", false],
  ["free-from-natural", "unknown", "Free from toxic chemicals.", null, false],
  ["free-from-natural", "unknown", "Chemical-free skincare.", null, false],
  ["free-from-natural", "unknown", "Made with 100% natural ingredients.", null, false],
  ["free-from-natural", "unknown", "Contains no parabens.", null, false],
  ["trivialising-pressure", "imperative", "Book now.", "Book a consultation.", false],
  ["trivialising-pressure", "unknown", "Only 3 spots left this week.", null, false],
  ["trivialising-pressure", "unknown", "A quick fix for tired skin.", null, false],
  ["trivialising-pressure", "unknown", "40% off all peels.", null, false],
  ["prescription-medicine", "unknown", "Botox from £99.", null, false],
  ["prescription-medicine", "unknown", "Botox offer: three areas for one price.", null, false],
  ["prescription-medicine", "unknown", "Book your Botox today and save 20%.", null, false],
  ["absolute-guarantee", "imperative", "Banish dark circles.", "Help reduce the appearance of dark circles.", true],
  ["absolute-guarantee", "third", "The cream corrects sun damage.", "The cream may help improve the appearance of sun damage.", true],
  // A second -s verb that no rule rewrites keeps its form: "helps" agrees with it.
  ["absolute-guarantee", "third", "Our serum minimises wrinkles and plumps hollow cheeks.", "Our serum helps minimise the appearance of wrinkles and plumps hollow cheeks.", true],
  ["absolute-guarantee", "third", "ERASES FINE LINES.", "MAY HELP REDUCE THE APPEARANCE OF FINE LINES.", true],
  ["absolute-guarantee", "infinitive", "Our goal is to erase fine lines.", "Our goal is to help reduce the appearance of fine lines.", true],
  ["absolute-guarantee", "gerund", "Erasing crow's feet takes one session.", "Helping reduce the appearance of crow's feet takes one session.", true],
  ["absolute-guarantee", "past", "It erased my fine lines.", "It helped reduce the appearance of my fine lines.", true],
  ["absolute-guarantee", "third", "The oil naturally reduces redness.", "The oil may help naturally reduce the appearance of redness.", true],
  ["absolute-guarantee", "third", "The peel erases wrinkles and instantly brightens skin.", "The peel may help reduce the appearance of wrinkles and brightens skin.", true],
  ["absolute-guarantee", "participle", "Reduced fine lines:", "Reduced appearance of fine lines:", false],
  ["disease-therapeutic", "third", "Heals acne scars.", "May help improve the appearance of acne scars.", true],
  ["disease-therapeutic", "third", "It cures stretch marks.", "It may help improve the appearance of stretch marks.", true],
  ["structure-function", "third", "It activates fibroblasts.", "It may help skin look firmer and smoother.", false],
  ["structure-function", "third", "Boosts cell renewal.", "May help skin look fresher and smoother.", false],
  ["structure-function", "third", "It shrinks fat cells.", "It may help refine the look of body contours.", false],
  ["structure-function", "unknown", "Freezes the muscles behind frown lines.", null, false],
  ["structure-function", "third", "The serum reduces melanin.", "The serum may help even the look of skin tone.", false],
  ["structure-function", "third", "It strengthens the skin barrier.", "It may help skin feel softer and more hydrated.", false],
  ["structure-function", "third", "The laser permanently destroys hair follicles.", "The laser may help reduce the look of unwanted hair.", false],
  ["structure-function", "unknown", "The massage brings increased blood circulation to the face.", null, false],
  ["structure-function", "plural", "Our lasers rebuild collagen.", "Our lasers may help skin look firmer and smoother.", false],
  ["permanence", "adverb", "Permanently smoother skin.", "Smoother skin.", true],
  ["permanence", "adverb", "It removes unwanted hair for life.", "It may help reduce the appearance of unwanted hair.", true],
  ["speed-instant", "adverb", "Instantly brighter skin.", "Brighter skin.", true],
  ["speed-instant", "adverb", "The serum works instantly.", "The serum works.", true],
  ["speed-instant", "unknown", "Visible results overnight.", null, false],
  ["safety-no-risk", "predicate", "This laser is pain-free.", "This laser is comfortable for most people.", false],
  ["safety-no-risk", "attributive", "A risk-free way to smoother skin.", "A low-risk way to smoother skin.", false],
  ["safety-no-risk", "predicate", "It's completely painless.", null, false],
  ["safety-no-risk", "noun", "Zero downtime.", "Little downtime for most people.", false],
  ["comparative-superlative", "attributive", "An unmatched facial.", "A well-regarded facial.", false],
  ["comparative-superlative", "attributive", "Our industry-leading peels.", "Our established peels.", false],
  ["hype", "attributive", "A groundbreaking serum.", "A new serum.", false],
  ["hype", "attributive", "Next-generation microneedling.", "Modern microneedling.", false],
  ["hype", "noun", "Our wonder cream.", "Our cream.", false],
  ["free-from-natural", "attributive", "Our silicone-free primer.", "Our primer.", false],
  ["free-from-natural", "attributive", "Alcohol-free, soothing toner.", "Soothing toner.", false],
  ["free-from-natural", "noun", "Free of sulfates.", "Formulated without sulfates.", false],
  ["free-from-natural", "attributive", "Gentle, fragrance-free products.", "Gentle products.", false],
  ["authority-endorsement", "attributive", "A dermatologist-approved cleanser.", "A cleanser.", false],
  ["authority-endorsement", "attributive", "Award-winning microneedling.", "Microneedling.", false],
  ["before-after-testimonial", "insertion", "My acne scars have faded!", "My acne scars have faded (individual results vary)!", false],
  ["before-after-testimonial", "unknown", "# This serum really works", null, false],
  ["unsubstantiated-proof", "unknown", "Proven to reduce redness.", null, false],
  ["unsubstantiated-proof", "participle", "A dermatologically proven formula.", "A dermatologically studied formula.", false],
  ["trivialising-pressure", "imperative", "BOOK NOW", "BOOK A CONSULTATION", false],
  ["trivialising-pressure", "imperative", "Click here to book now.", "Click here to book a consultation.", false],
  ["prescription-medicine", "unknown", "Botox injections smooth frown lines.", null, false],
  // An off-label use has no hedged wording: the advice says to call it off-label or leave it out.
  ["off-label-use", "unknown", "Ask about Dysport for neck bands.", null, false],
  ["structure-function", "third", "Microneedling stimulates collagen and reduces scars.", "Microneedling may help skin look firmer and smoother and may help reduce the appearance of scars.", false],
  ["safety-no-risk", "predicate", "Gentle, painless and quick.", "Gentle, comfortable for most people and quick.", false],
  ["absolute-guarantee", "third", "This serum removes wrinkles, and it is painless.", "This serum may help reduce the appearance of wrinkles, and it is comfortable for most people.", false],
  ["speed-instant", "attributive", "An immediate lift for tired eyes.", "A lift for tired eyes.", false],
  ["structure-function", "gerund", "Stimulating collagen, the laser firms skin.", "Helping skin look firmer and smoother, the laser firms skin.", false],
  ["hype", "question", "Ready for a miracle cream?", "Ready for a nourishing cream?", false],
  // A phrasal verb's particle goes with the verb it belongs to.
  ["disease-therapeutic", "imperative", "Fade away those dark spots!", "Help fade the appearance of those dark spots!", true],
  // A verb glued to the next word by a hyphen is no verb the reader can be sure of.
  ["disease-therapeutic", "unknown", "Clinic menu. Treats-acne scars.", null, false],
  // A degree word would be left with nothing to qualify.
  ["permanence", "predicate", "Laser hair removal is very permanent.", null, false],
  ["permanence", "adverb", "The results last pretty much forever.", null, false],
  ["safety-no-risk", "predicate", "The treatment is essentially painless.", null, false],
  ["safety-no-risk", "noun", "There is basically no downtime.", null, false],
  // A time phrase that goes on past the claim ("of daily use") cannot go alone.
  ["speed-instant", "noun", "Wrinkles fade within a week of daily use.", null, false],
  // "free from" changes; the words naming what is left out stay as written.
  ["free-from-natural", "noun", "Free of SLS.", "Formulated without SLS.", false],
  ["free-from-natural", "noun", "Free from added sulfates.", "Formulated without added sulfates.", false],
  // A second -s verb after "and" keeps its agreement: "helps" hedges too.
  ["absolute-guarantee", "third", "A toner that reduces redness and soothes.", "A toner that helps reduce the appearance of redness and soothes.", true],
  // In a title-case name the plainer word is capitalised like its neighbours.
  ["hype", "attributive", "Our 10-Minute Miracle Facial", "Our 10-Minute Nourishing Facial", false],
  // An appositive names the object again: a rewrite of the object would leave it describing nothing.
  ["structure-function", "third", "We boost collagen and elastin, the proteins that keep skin firm.", null, false],
  // Relaxed muscles are softer lines only in a sentence about lines.
  ["structure-function", "third", "A massage relaxes your muscles after a long day.", null, false],
];

/** Issue 14, "Where it stands": each mechanism, in our own words, and what claimlint does now. */
const MECHANISMS: Array<{ mechanism: string; text: string; rule: string; expected: string | null }> = [
  { mechanism: 'doubled words ("little to little")', text: 'There is little to no pain.', rule: 'safety-no-risk', expected: null },
  { mechanism: 'a predicate phrase before a noun ("a virtually comfortable for most people session")', text: 'A virtually painless session.', rule: 'safety-no-risk', expected: 'A generally comfortable session.' },
  { mechanism: 'a stranded article ("one of a modern peels")', text: 'One of the most advanced peels on the market.', rule: 'comparative-superlative', expected: null },
  { mechanism: 'one canned phrase for every structure claim: hair stays hair', text: 'Stimulate hair follicles.', rule: 'structure-function', expected: 'Help hair look thicker and fuller.' },
  { mechanism: 'one canned phrase for every structure claim: fat stays the body', text: 'The injection destroys fat cells.', rule: 'structure-function', expected: 'The injection may help refine the look of body contours.' },
  { mechanism: 'one canned phrase for every structure claim: muscles keep their lines', text: 'For frown lines: relaxes the muscles.', rule: 'structure-function', expected: 'For frown lines: may help soften the look of expression lines.' },
  { mechanism: 'a canned skin phrase for blood in mid-sentence', text: 'The massage brings increased blood circulation to the face.', rule: 'structure-function', expected: null },
  { mechanism: 'an adverb replaced by a phrase ("for longer destroys")', text: 'The laser permanently destroys hair follicles.', rule: 'permanence', expected: 'The laser may help reduce the look of unwanted hair.' },
  { mechanism: 'a participle bullet made past tense ("Helped reduce ...:")', text: 'Reduced fine lines:', rule: 'absolute-guarantee', expected: 'Reduced appearance of fine lines:' },
  { mechanism: 'a noun replaced by an adjective ("backed by FDA-cleared")', text: 'Backed by FDA approval.', rule: 'authority-endorsement', expected: null },
  { mechanism: 'a word deleted from a list ("gentle, products")', text: 'Gentle, fragrance-free products.', rule: 'free-from-natural', expected: 'Gentle products.' },
  { mechanism: 'a new free-from claim ("formulated without chemicals")', text: 'Free from toxic chemicals.', rule: 'free-from-natural', expected: null },
  { mechanism: 'a contradiction left ("Help reduce the appearance of cellulite forever.")', text: 'Say goodbye to cellulite forever.', rule: 'permanence', expected: null },
  { mechanism: 'a contradiction left ("Results that vary ... or your money back.")', text: 'Results guaranteed or your money back.', rule: 'absolute-guarantee', expected: null },
  { mechanism: '"(individual results vary)" pushed into a title', text: '# This serum really works', rule: 'before-after-testimonial', expected: null },
  { mechanism: 'facts changed ("FDA-approved" becomes "FDA-cleared")', text: 'Our filler is FDA-approved.', rule: 'authority-endorsement', expected: null },
  { mechanism: 'facts changed: an approval the facts record as true is not rewritten', text: 'An FDA-approved filler for lines.', rule: 'authority-endorsement', expected: null },
];

describe('the rewrite table', () => {
  it('has at least 150 sentences and covers every rule and every role', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(150);
    expect(new Set(TABLE.map((r) => r[2])).size).toBe(TABLE.length);
    for (const rule of rules) expect(TABLE.some((r) => r[0] === rule.meta.id), rule.meta.id).toBe(true);
    for (const role of ROLES) expect(TABLE.some((r) => r[1] === role), role).toBe(true);
  });

  it.each(TABLE)('%s, %s: %s', (rule, _role, text, expected, fix) => {
    const m = lint(text).find((x) => x.ruleId === rule);
    expect(m, `${rule} reports it`).toBeDefined();
    if (expected === null) {
      expect(m!.suggestions).toBeUndefined();
      expect(m!.advice ?? '').not.toBe('');
    } else {
      expect(m!.suggestions?.length).toBeGreaterThan(0);
      expect(applyEdit(text, m!.suggestions![0]!.fix)).toBe(expected);
      // The whole sentence comes out clean: no claim left, none brought in.
      expect(lint(expected)).toEqual([]);
    }
    expect(m!.fix !== undefined).toBe(fix);
    if (fix) expect(m!.fix).toEqual(m!.suggestions![0]!.fix);
  });

  it('says in each rule whether it ever offers a rewrite --fix may apply', () => {
    for (const rule of rules) {
      const fixed = TABLE.some((r) => r[0] === rule.meta.id && r[4]) || TABLE.some((r) => r[4] && lint(r[2]).some((m) => m.ruleId === rule.meta.id && m.fix));
      expect(rule.meta.fixable, rule.meta.id).toBe(fixed);
    }
  });

  it('never applies a rewrite to a question', () => {
    for (const [, role, text] of TABLE.filter((r) => r[1] === 'question')) {
      expect(role).toBe('question');
      expect(lint(text).every((m) => m.fix === undefined)).toBe(true);
    }
  });
});

describe('issue 14, where it stands: each mechanism no longer happens', () => {
  it.each(MECHANISMS)('$mechanism', ({ text, rule, expected }) => {
    const m = lint(text).find((x) => x.ruleId === rule);
    expect(m).toBeDefined();
    const offered = (m!.suggestions ?? []).map((s) => applyEdit(text, s.fix));
    expect(offered[0] ?? null).toBe(expected);
    for (const out of offered) {
      expect(out).not.toMatch(/FDA-cleared|for longer|little to little|\bhelped reduce\b|results that vary|\b(\w+) \1\b/i);
      expect(lint(out)).toEqual([]);
    }
  });
});

describe('--fix with sentence rewrites', () => {
  // A dropped adverb paired with another takes its joiner along; a list of
  // three, "but", "not just" and an idiom are left to the writer, and a
  // joiner to a clause stays.
  // Hedging the verb would deny the ranking ("Nothing may help...") or keep the guarantee.
  it('offers no hedge for a verb after "nothing", "no other" or "guaranteed to"', () => {
    for (const text of ['Nothing eliminates wrinkles like our pen.', 'It is guaranteed to eliminate wrinkles.']) {
      const m = lint(text).find((x) => x.ruleId === 'absolute-guarantee');
      expect(m, text).toBeDefined();
      expect(m!.suggestions ?? [], text).toEqual([]);
    }
  });

  it('drops a paired adverb with its joiner, and leaves pairs it cannot rewrite cleanly', () => {
    const cases: Array<[string, string]> = [
      ['Our laser removes hair permanently and painlessly.\n', 'Our laser removes hair painlessly.\n'],
      ['It works quickly and permanently.\n', 'It works quickly.\n'],
      ['It works instantly and leaves skin glowing.\n', 'It works and leaves skin glowing.\n'],
      // "only" is no adverb of the pair: the phrase goes on.
      ['Our laser removes hair permanently and only takes six sessions.\n', 'Our laser removes hair and only takes six sessions.\n'],
      // Over a line break the pair is the writer's to reword.
      ['It works quickly and\npermanently.\n', 'It works quickly and\npermanently.\n'],
      ['It works instantly, permanently and safely.\n', 'It works instantly, permanently and safely.\n'],
      ['It works not just instantly but permanently.\n', 'It works not just instantly but permanently.\n'],
      ['Our balm softens lines forever and ever.\n', 'Our balm softens lines forever and ever.\n'],
      // The pair between its subject and its verb goes with its joiner.
      ['It safely and permanently removes hair.\n', 'It safely removes hair.\n'],
      // Where the first adverb may end a clause of its own, or would be left
      // beside a hedge ("quickly and may help reduce"), the writer rewords it.
      ['It works quickly and permanently removes hair.\n', 'It works quickly and permanently removes hair.\n'],
      ['Our cream quickly and permanently eliminates wrinkles.\n', 'Our cream quickly and permanently eliminates wrinkles.\n'],
      // A certainty after the object would stand beside the hedge.
      ['Our cream eliminates wrinkles completely.\n', 'Our cream eliminates wrinkles completely.\n'],
      ['Instantly and permanently reduce wrinkles.\n', 'Help reduce the appearance of wrinkles.\n'],
    ];
    for (const [text, expected] of cases) {
      const r = fixText(text, { pack: rulePack });
      expect(r.output, text).toBe(expected);
      expect(r.output, text).not.toMatch(/\b(and|or|but)\s*[.,]|\b(and|or) (and|or)\b/);
    }
    const pair = fixText('Instantly and permanently smooths the look of fine lines.\n', { pack: rulePack });
    expect(pair.output).not.toMatch(/^(And|Or)\b/);
    expect(pair.output).toMatch(/^[A-Z]/);
  });

  it('rewrites a sentence with two claims in one edit and keeps the Markdown between them', () => {
    const r = fixText('The pen *erases* fine lines and [quickly](https://example.com/a) instantly brightens skin.\n', { pack: rulePack });
    expect(r.output).toBe('The pen *may help reduce the appearance of* fine lines and [quickly](https://example.com/a) brightens skin.\n');
    expect(r.fixesApplied).toBe(1);
    expect(r.messages).toEqual([]);
    expect(fixText(r.output, { pack: rulePack }).fixesApplied).toBe(0);
  });

  it('does not empty the emphasis or link a dropped word stands in', () => {
    for (const text of ['The pen erases fine lines and [instantly](https://example.com/a) brightens skin.\n', 'It **instantly** brightens skin.\n']) {
      const r = fixText(text, { pack: rulePack });
      expect(r.output).toBe(text);
      expect(r.discarded).toBeUndefined();
      expect(r.messages.every((m) => m.fix === undefined && (m.suggestions?.length ?? 0) > 0)).toBe(true);
    }
  });

  it('leaves a sentence alone when one of its claims has no safe rewrite', () => {
    const text = 'Our serum erases wrinkles and treats eczema.\n';
    const r = fixText(text, { pack: rulePack });
    expect(r.output).toBe(text);
    expect(r.messages.map((m) => [m.ruleId, m.suggestions])).toEqual([
      ['absolute-guarantee', undefined],
      ['disease-therapeutic', undefined],
    ]);
  });

  it('applies only the safe rewrites: a hedge or a dropped adverb, never a new wording', () => {
    const text = 'Erase wrinkles.\n\nThe peel is painless.\n\nIt instantly tightens the skin.\n';
    const r = fixText(text, { pack: rulePack });
    expect(r.output).toBe('Help reduce the appearance of wrinkles.\n\nThe peel is painless.\n\nIt tightens the skin.\n');
    expect(r.messages.map((m) => m.ruleId)).toEqual(['safety-no-risk']);
    expect(r.messages[0]!.suggestions?.[0]?.desc).toBe('Replace with "comfortable for most people"');
  });
});
