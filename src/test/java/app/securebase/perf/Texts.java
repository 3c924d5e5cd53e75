package app.securebase.perf;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The words the generated practice is written in: names, and the sentences clients and clinicians type. Plain,
 * everyday therapy-homework language, so that pages, searches and exports handle text of a realistic length and
 * shape (sentences, line breaks, apostrophes, the odd accented name).
 */
final class Texts {

    private Texts() {
    }

    static final List<String> FIRST_NAMES = List.of("Jordan", "Alex", "Taylor", "Sam", "Morgan", "Casey", "Riley",
            "Jamie", "Avery", "Quinn", "Maria", "José", "Aisha", "Chen", "Priya", "Noah", "Emma", "Liam", "Olivia",
            "Mateo", "Sofia", "Ethan", "Zoë", "Amara", "Lucas", "Hannah", "Omar", "Leila", "Daniel", "Grace",
            "Kenji", "Yuki", "Fatima", "Isaac", "Chloé", "Tomás", "Ingrid", "Mei", "Darius", "Nadia", "Ruth",
            "Samuel", "Elena", "Kofi", "Anya", "Felix", "Rosa", "Malik", "Siobhan", "Björn");
    static final List<String> LAST_NAMES = List.of("Rivera", "Chen", "Okafor", "Nguyen", "Smith", "García",
            "Müller", "Johnson", "Patel", "Kim", "O'Brien", "Haddad", "Kowalski", "Rossi", "Andersen", "Silva",
            "Brown", "Williams", "Martin", "Dubois", "Tanaka", "Hernández", "Cohen", "Novak", "Ivanova", "Mensah",
            "Lindqvist", "Walker", "Young", "Khan", "Murphy", "Park", "Lopez", "Schmidt", "Fischer", "Moreau",
            "Costa", "Singh", "Ali", "Jensen");
    static final List<String> TIME_ZONES = List.of("America/New_York", "America/New_York", "America/Chicago",
            "America/Denver", "America/Los_Angeles", "America/Los_Angeles", "America/Phoenix", "Europe/London",
            "Europe/Berlin", "UTC");

    private static final List<String> SITUATIONS = List.of(
            "My manager asked to see me at the end of the day and didn't say why.",
            "I was at my sister's for dinner and she made a comment about my job in front of everyone.",
            "My partner was late again and didn't text.",
            "I saw an old photo of my father on my cousin's page.",
            "A friend cancelled our plans at the last minute.",
            "I was alone in the flat on Sunday evening and the quiet got to me.",
            "Someone at work took credit for the report I wrote.",
            "My mother called and asked why I never visit.",
            "I had to speak up in a team meeting.",
            "I woke up at four and couldn't get back to sleep.",
            "My partner raised their voice while we were talking about money.",
            "I got a message from my ex.");
    private static final List<String> BODY = List.of(
            "Tight chest and my shoulders went up to my ears.", "Hot face, heart racing.",
            "A heavy feeling in my stomach.", "Shaky hands and I felt a bit sick.",
            "I felt far away, like watching myself from outside.", "My jaw was clenched for a long time.",
            "Tired all of a sudden, like all the energy drained out.", "Headache and tense neck.");
    private static final List<String> THOUGHTS = List.of(
            "They're going to leave, everyone does.", "I must have done something wrong.",
            "I'm too much for people.", "Why can't I just be normal about this?",
            "Nobody really cares how I'm doing.", "I should have said something but I froze.",
            "Maybe it isn't about me at all.", "I'm going to mess this up like always.");
    private static final List<String> URGES = List.of(
            "To hide in my room and not answer my phone.", "To send a long angry message.",
            "To apologise even though I hadn't done anything.", "To leave and never come back.",
            "To eat something to feel better.", "To check my phone over and over.");
    private static final List<String> ACTIONS = List.of(
            "I went for a walk around the block.", "I texted my friend instead of sending the message.",
            "I sat with it for a while and then made tea.", "I stayed in bed and scrolled for an hour.",
            "I told my partner I needed a minute and went outside.", "I wrote it down here.");
    private static final List<String> HELPED = List.of(
            "Breathing slowly for a couple of minutes.", "Talking to my friend.", "Putting on music.",
            "Remembering that feelings pass.", "The grounding exercise from last session.",
            "A hot shower.", "Being outside for a bit.", "Honestly nothing much, but it did ease after an hour.");
    private static final List<String> TRIGGERS = List.of(
            "Being ignored when I'm talking in a group.", "Raised voices, especially a man shouting.",
            "The end of the year holidays.", "When someone doesn't answer my messages for hours.",
            "Criticism about how I look.", "Doors slamming.", "Hospitals and the smell of disinfectant.",
            "Being told I'm overreacting.");
    private static final List<String> COPING = List.of(
            "Name five things I can see, then call someone.", "Step outside and breathe out longer than in.",
            "Remind myself I'm safe now and this is an old feeling.", "Hold something cold and count to twenty.",
            "Write down what I'm feeling instead of acting on it.", "Ask for a break and come back later.");
    private static final List<String> REFLECTIONS = List.of(
            "This week was harder than last week, but I noticed things earlier.",
            "I keep seeing the same pattern: I go quiet and then feel resentful.",
            "It helped to write it down. I felt less alone with it.",
            "I'm starting to see that this reaction made sense when I was younger.",
            "Small steps. I did more than I thought I would.",
            "I didn't expect to feel so tired afterwards.",
            "I want to talk about this in our next session.",
            "I was kinder to myself than usual and it felt strange but good.");
    private static final List<String> PLANS = List.of(
            "Phone off at 10pm, same wake-up time every day.", "Breakfast before I leave the house.",
            "A 20-minute walk at lunch.", "Journaling on the bus home.", "Call my brother on Sundays.",
            "Try the online support group on Thursday evenings.", "Cook one proper meal a day.");
    private static final List<String> PEOPLE = List.of("my partner", "my sister", "my best friend M.",
            "my boss", "my mother", "a colleague", "my roommate", "my father");
    private static final List<String> SENSES = List.of(
            "The blue mug, the window, a plant, my shoes, the clock.", "The soft sofa cushion, my cold hands.",
            "Cars outside, the fridge humming, a bird.", "Coffee, the soap on my hands.", "Mint gum.",
            "The light on the wall, the pattern of the rug.", "Traffic and my own breathing.");
    private static final List<String> LETTER = List.of(
            "Dear me, you have been carrying a lot for a long time.",
            "It makes sense that you felt scared; you learned early that people leave.",
            "You don't have to earn rest.", "You are doing your best with what you were given.",
            "I'm proud that you asked for help this week.", "It is okay to make mistakes while you learn.",
            "You deserve the same patience you give everyone else.");
    private static final List<String> GENERIC = List.of(
            "I noticed it more this time.", "It was a mixed week.", "I'm not sure yet, I need to think about it.",
            "Things went better than I expected.", "It was hard to start but easier once I did.",
            "I want to keep practising this.", "It brought up a lot.", "I felt calmer afterwards.");

    private static final Map<String, List<String>> BY_KEY = Map.ofEntries(
            Map.entry("situation", SITUATIONS), Map.entry("what_happened", SITUATIONS),
            Map.entry("body", BODY), Map.entry("thoughts", THOUGHTS), Map.entry("urges", URGES),
            Map.entry("actions", ACTIONS), Map.entry("automatic", ACTIONS), Map.entry("helped", HELPED),
            Map.entry("trigger", TRIGGERS), Map.entry("coping", COPING), Map.entry("next_time", COPING),
            Map.entry("warning_signs", BODY), Map.entry("past", REFLECTIONS), Map.entry("echoes", REFLECTIONS),
            Map.entry("reflection", REFLECTIONS), Map.entry("learned", REFLECTIONS), Map.entry("notes", REFLECTIONS),
            Map.entry("entry", REFLECTIONS), Map.entry("struggle", SITUATIONS), Map.entry("letter", LETTER),
            Map.entry("needed", HELPED), Map.entry("see", SENSES), Map.entry("touch", SENSES),
            Map.entry("hear", SENSES), Map.entry("smell", SENSES), Map.entry("taste", SENSES),
            Map.entry("limit", List.of("I can't help this weekend.", "Please don't read my messages.",
                    "I need to leave by nine.", "I'm not going to talk about my weight.",
                    "I'll call you back tomorrow, not tonight.")),
            Map.entry("words", List.of("\"I can't this time, but thanks for asking.\"",
                    "\"I'd rather not talk about that.\"", "\"I need to go now.\"")),
            Map.entry("response", List.of("She was annoyed at first but then said okay.",
                    "He didn't really react, which surprised me.", "They pushed back and I held it, mostly.")),
            Map.entry("inner_circle", PEOPLE), Map.entry("wider_circle", PEOPLE),
            Map.entry("professionals", List.of("My therapist and my GP.", "My therapist.")),
            Map.entry("groups", List.of("The Thursday support group.", "A running club.", "None yet.")),
            Map.entry("more_support", GENERIC), Map.entry("next_step", COPING),
            Map.entry("relationship", PEOPLE), Map.entry("plan_sleep", PLANS), Map.entry("plan_meals", PLANS),
            Map.entry("plan_movement", PLANS), Map.entry("plan_outlet", PLANS), Map.entry("plan_connection", PLANS),
            Map.entry("plan_support", PLANS), Map.entry("note", GENERIC));

    static final List<String> FEEDBACK = List.of(
            "Thank you for writing this down. Noticing the tightness in your chest that early is real progress.",
            "This is a really clear entry. Let's look at the thought \"I must have done something wrong\" together next time.",
            "Well done for trying the grounding exercise even though it was hard to start.",
            "I can see how much effort this took. We'll come back to what helped in our session.",
            "Good catch on the warning signs. What would you like to try next time it happens?",
            "Thank you. It's okay that nothing helped much this time; the feeling still passed.");
    static final List<String> COMMENTS = List.of("Thanks, that helps.", "I'd like to talk about this on Tuesday.",
            "It got better later in the evening.", "I forgot to add: I slept badly the night before.");
    static final List<String> PROMPTS = List.of(
            "Write about a time this week when you felt safe with someone.",
            "What would you say to a friend who was going through what you are going through?",
            "Describe a boundary you kept this week and how it felt.",
            "What does taking care of yourself look like on a hard day?");
    static final List<String> MODULE_ANSWERS = REFLECTIONS;

    static final Map<String, List<String>> NOTE_SECTIONS = Map.ofEntries(
            Map.entry("subjective", List.of(
                    "Client reports a difficult week at work and two nights of poor sleep.",
                    "Client states the emotion log helped them notice anxiety building before the family visit.",
                    "Client describes feeling low since the weekend and withdrawing from friends.",
                    "Client reports fewer arguments with partner and using the time-out plan twice.")),
            Map.entry("objective", List.of(
                    "Client arrived on time, appropriately dressed, good eye contact. Affect congruent with content.",
                    "Tearful when discussing father; able to regulate with paced breathing.",
                    "Completed 5 of 7 check-ins this week; mood ratings 3 to 6 out of 10.")),
            Map.entry("assessment", List.of(
                    "Symptoms consistent with ongoing relational trauma responses; some progress in identifying triggers.",
                    "Client is engaging well with homework; emotional awareness improving.",
                    "Mood lower than last session, no increase in risk. Protective factors remain in place.")),
            Map.entry("plan", List.of(
                    "Continue weekly sessions. Assigned grounding practice log three times a week.",
                    "Review trigger map next session; introduce self-compassion letter.",
                    "Continue daily check-in; follow up on sleep routine. Next session in one week.")),
            Map.entry("data", List.of(
                    "Client discussed conflict with sister and the pattern of apologising first.",
                    "Reviewed this week's emotion logs together; intensity peaks in the evenings.")),
            Map.entry("behavior", List.of(
                    "Client presented as anxious, spoke quickly, fidgeting with sleeve.",
                    "Client calm and reflective; brought written notes to session.")),
            Map.entry("intervention", List.of(
                    "Psychoeducation on attachment styles; practised 5-4-3-2-1 grounding in session.",
                    "Explored core belief \"I am too much\" using cognitive restructuring.")),
            Map.entry("response", List.of(
                    "Client engaged and able to name two alternative thoughts.",
                    "Client found grounding helpful, distress reduced from 70 to 40.")),
            Map.entry("body", List.of(
                    "Session focused on recent family contact and its aftermath. Client practised setting a limit in role-play.",
                    "We reviewed the week's homework. Client noticed earlier warning signs and used coping plan once.",
                    "Client talked about grief for the childhood they did not have. Validated and normalised; paced the session.")));
    static final List<String> PROTECTIVE = List.of("Supportive partner, engaged in therapy, future plans.",
            "Close friend, pet, work.", "Children, faith community.");
    static final List<String> ADDENDA = List.of(
            "Correction: the session was held by telehealth, not in person.",
            "Addendum: client called the next day to report feeling better after the session.",
            "Correction to the plan: next session moved to two weeks because of client's travel.");

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** One to {@code max} sentences a client might type for the field {@code key}, within {@code maxLength}. */
    static String answer(Random random, String key, int sentences, int maxLength) {
        List<String> bank = BY_KEY.getOrDefault(key, GENERIC);
        StringBuilder text = new StringBuilder(pick(random, bank));
        for (int i = 1; i < sentences; i++) {
            String next = random.nextInt(3) == 0 ? pick(random, GENERIC) : pick(random, bank);
            if (text.indexOf(next) >= 0) {
                continue;
            }
            if (text.length() + 1 + next.length() > maxLength) {
                break;
            }
            text.append(random.nextInt(4) == 0 ? "\n" : " ").append(next);
        }
        return text.length() > maxLength ? text.substring(0, maxLength).strip() : text.toString();
    }
}
