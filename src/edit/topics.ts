// What a structure or function claim is about, and which way it acts, so
// its rewrite can speak of how that same thing looks: collagen and cells
// become how skin looks, follicles how hair looks, fat cells the body's
// contours, relaxed muscles softer expression lines. A claim about a thing
// with no look of its own (blood flow, nerves, hormones, the immune system,
// DNA), or acting in a direction the table does not know, gets no rewrite:
// the writer is better served by the advice than by a phrase about something
// else.

/** What the claim acts on, as a reader would see it. */
export type Topic = 'skin' | 'renewal' | 'barrier' | 'tone' | 'oil' | 'hair' | 'lashes' | 'brows' | 'nails' | 'body' | 'muscle' | 'scars';

// Word stems that name each topic, tried in order (a "hair follicle stem cell" is hair).
const TOPIC_WORDS: Array<[Topic | 'none', RegExp]> = [
  // Nothing to see: no rewrite keeps these topics.
  ['none', /\b(blood|circulat|microcirculat|capillar|vessel|lymph|oxygen|nutrient|toxin|waste|immun|inflammat|nerve|neuro|acetylcholine|pain|hormon|oestrogen|estrogen|testosterone|dht|reductase|cortisol|metabol|dna|gene|telomer|mitochondri|sirtuin|atp|cellular energy|healing|wound|repair process|self-repair|repair mechanism|regenerative process|cytokine|growth factor|stem cell|signal|ageing process|aging process|apoptosis|cell death|thermogenesis|detox|glycation|sweat|bone|cartilage|tendon|ligament|recovery|tension)/],
  ['lashes', /\b(lash|eyelash)/],
  ['brows', /\b(brow|eyebrow)/],
  ['hair', /\b(hair|follic|anagen|catagen|telogen|growth phase|resting phase|growth cycle|dermal papilla|scalp)/],
  ['nails', /\b(nail|cuticle)/],
  ['body', /\b(fat|adipo|lipolysis|cellulite)/],
  ['muscle', /\b(muscle|masseter|platysma|frontalis|glabellar|corrugator|smas|musculoaponeurotic|fascia)/],
  ['tone', /\b(melan|pigment|tyrosinase)/],
  ['oil', /\b(sebum|sebaceous|oil gland|oil production)/],
  ['scars', /\b(scar)/],
  ['barrier', /\b(barrier|lipid)/],
  // A cell is the skin's unless it is named as another's ("fat cells", "hair cells").
  ['renewal', /(?<!(fat|storage|hair|stem|pigment|immune|nerve|muscle|blood|fat-storage)[ -])\b(cell|turnover|renewal|regenerat|proliferat|skin growth|new skin|division)/],
  ['skin', /\b(collagen|elastin|elastic|dermis|dermal|epidermis|hypodermis|subcutis|matrix|fibroblast|keratinocyte|keratin|tissue|density|thickness|hyaluronic|glycosaminoglycan|proteoglycan|protein|structure|skin|firmness|plumpness|volume)/],
];

/** The topic of the words a claim acts on; undefined when it has no look of its own. */
export function topicOf(object: string): Topic | undefined {
  const text = object.toLowerCase();
  const found = TOPIC_WORDS.filter(([, re]) => re.test(text)).map(([t]) => t);
  if (found.length === 0 || found[0] === 'none') return undefined;
  // Two things acted on ("muscle firming and collagen production"): one look cannot speak for both.
  // Kinds of skin ("skin cell turnover") are one thing: the most specific names it.
  const families = new Set(found.map((t) => (SKIN_KINDS.has(t) ? 'skin' : t)));
  return families.size === 1 ? (found[0] as Topic) : undefined;
}

const SKIN_KINDS = new Set<Topic | 'none'>(['skin', 'renewal', 'barrier', 'tone', 'oil', 'scars']);

export type Direction = 'raise' | 'lower';

// Verbs (by their first word's stem) that build up, and that break down, what they act on.
const RAISE = /^(stimulat|boost|increas|induc|trigger|activat|reactivat|promot|rebuild|regenerat|repair|restor|renew|reconstruct|remodel|restructur|strengthen|support|aid|enhanc|improv|supercharg|energi[sz]|nourish|replenish|plump|elevat|upregulat|proliferat|multipl|accelerat|kick|churn|creat|form|generat|feed|suppl|recharg|maintain|train|thicken|grow|encourag|revitali[sz]|rejuvenat|wake|awaken|fuel|amplif|speed|jumpstart|jump-start|kickstart|kick-start|build|produc|synthesi[sz]|densif|tone|toning|tighten|firm|fortif|protect|preserv|balanc|normali[sz]|rebalanc|regulat|reset|reprogram|modulat|optimi[sz]|oxygenat|hydrat|plump|lift|reinforc)/;
const LOWER = /^(destroy|disrupt|kill|break|dissolv|shrink|shrank|freez|froze|relax|paraly[sz]|inhibit|block|decreas|reduc|slow|halt|stop|lower|suppress|downregulat|eliminat|target|disabl|damag|melt|burn|contract|limit|prevent|control|calm|diminish|minimi[sz]|weaken|shut|switch off|turn off|deactivat|clear|flush|drain)/;

/** Which way the verb acts on its object. */
export function directionOf(verb: string): Direction | undefined {
  const v = verb.toLowerCase().trim();
  if (LOWER.test(v)) return 'lower';
  if (RAISE.test(v)) return 'raise';
  return undefined;
}

/** How the thing looks once acted on: a verb phrase after "help" ("skin look
 * firmer and smoother"), or nothing when that is not a look. `object` is the
 * claim's own object, kept where it is visible (scars, damaged skin). */
export function lookPhrase(topic: Topic, direction: Direction, object: string): string | undefined {
  const visible = /^(\w+\s)?(skin|scars?|scarring|complexion|hair|lashes|brows|nails|damaged skin|skin damage)$/i.test(object.trim()) ? object.trim().toLowerCase() : undefined;
  switch (topic) {
    case 'skin':
      if (direction !== 'raise') return undefined;
      return visible ? `improve the look of ${visible}` : 'skin look firmer and smoother';
    case 'renewal':
      return direction === 'raise' ? 'skin look fresher and smoother' : undefined;
    case 'barrier':
      return direction === 'raise' ? 'skin feel softer and more hydrated' : undefined;
    case 'tone':
      return direction === 'lower' ? 'even the look of skin tone' : undefined;
    case 'oil':
      return direction === 'lower' ? 'skin look less shiny' : undefined;
    case 'hair':
      return direction === 'raise' ? 'hair look thicker and fuller' : 'reduce the look of unwanted hair';
    case 'lashes':
      return direction === 'raise' ? 'lashes look longer and fuller' : undefined;
    case 'brows':
      return direction === 'raise' ? 'brows look fuller' : undefined;
    case 'nails':
      return direction === 'raise' ? 'nails look stronger' : undefined;
    case 'body':
      return direction === 'lower' ? 'refine the look of body contours' : undefined;
    case 'muscle':
      return direction === 'lower' ? 'soften the look of expression lines' : 'muscles look more toned';
    case 'scars':
      return direction === 'raise' ? `improve the look of ${visible ?? 'scars'}` : undefined;
  }
}
