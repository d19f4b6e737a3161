// Generated from Policies/ by Sources/Policy/bundle.py. Do not edit.

enum BundledPolicies {
    static let files: [(name: String, text: String)] = [
        (
            "Policies/en.yaml",
            ##"""
            language: en
            rules:
              # R1, R2: never criticise the client; no flat contradiction.
              - id: en.criticizing-client.blame
                category: criticizing-client
                action: block
                seed: R1
                notice: Blaming the client is ruled out under any pretext; written blame escalates and stays on record.
                suggestion: Let's go through the steps together once more.
                phrases:
                  - your fault
                  - your own fault
                  - you did it wrong
                  - you did that wrong
                  - you did this wrong
                  - you did something wrong
                  - you're doing it wrong
                  - you are doing it wrong
                  - you typed the wrong
                  - you entered the wrong
                  - you typed it wrong
                  - you entered it wrong
                  - you messed up
                  - you messed it up
                  - you messed that up
                  - you broke it
                  - you caused this
                  - you caused the problem
                  - you caused the issue
                  - that's on you
                  - that is on you
                  - user error
                  - you only have yourself to blame
                  - you have only yourself to blame
                  - blame yourself
                exceptions:
                  - not your fault
                  - isn't your fault
                  - is not your fault
                  - wasn't your fault
                  - was not your fault
                  - never your fault
                  - no fault of your own
                  - not user error
                  - your fault report
                  - your fault ticket
                  - your fault claim
                examples:
                  match:
                    - It's your fault, you typed the wrong password.
                    - You did it wrong, that's why it failed.
                    - Honestly this is user error.
                    - Well, you messed it up by deleting the file.
                  no-match:
                    - It's not your fault at all, the link expired.
                    - Let's go through the steps together once more.
                    - The wrong password was reset for you.

              - id: en.criticizing-client.hindsight
                category: criticizing-client
                action: block
                seed: R1
                notice: Telling the client what they should have done criticises them; point to what applies now.
                suggestion: Here's the part of the terms that applies to your case.
                phrases:
                  - you should have read
                  - you should've read
                  - you should have checked
                  - you should've checked
                  - you should have known
                  - you should've known
                  - you should have asked
                  - you should have paid attention
                  - you didn't read
                  - you did not read
                  - you clearly didn't
                  - you obviously didn't
                  - if you had read
                  - if you'd read
                  - if you had bothered
                  - read the terms first
                  - read the instructions first
                  - learn to read
                examples:
                  match:
                    - You should have read the terms first.
                    - If you had read the email you would know.
                    - You obviously didn't check the box.
                  no-match:
                    - You should have received an email from us.
                    - Here's the part of the terms that applies to your case.
                    - Did you get a chance to read the guide?

              - id: en.criticizing-client.contradiction
                category: criticizing-client
                action: block
                seed: R2
                notice: A flat contradiction starts an argument; check and explain what you see instead.
                suggestion: Let me check what I'm seeing in our system.
                phrases:
                  - you're wrong
                  - you are wrong
                  - you're mistaken
                  - you are mistaken
                  - you're not listening
                  - you are not listening
                  - you don't understand
                  - you do not understand
                  - you don't get it
                  - you misunderstood
                  - that's not true
                  - that is not true
                  - that's simply not true
                  - that's just wrong
                  - you're confused
                  - you are confused
                  - nonsense
                exceptions:
                  - if you don't understand
                  - in case you don't understand
                  - let me know if you don't understand
                examples:
                  match:
                    - No, you're wrong.
                    - You don't understand how this works.
                    - That's simply not true, we never charged twice.
                  no-match:
                    - Let me know if you don't understand any step.
                    - Let me check what I'm seeing in our system.
                    - I see why that looked wrong, let me explain.

              # R3: don't bad-mouth competitors.
              - id: en.disparaging-competitors
                category: disparaging-competitors
                action: block
                seed: R3
                notice: Never disparage other companies, even if it is true; say you don't know their terms and talk about ours.
                suggestion: I don't know other companies' terms well, but I can walk you through ours.
                phrases:
                  - they're scammers
                  - they are scammers
                  - they're a scam
                  - they are a scam
                  - they're frauds
                  - they are frauds
                  - they're crooks
                  - they are crooks
                  - they're thieves
                  - their quality is awful
                  - their quality is terrible
                  - their quality is garbage
                  - their support is a joke
                  - their service is a joke
                  - their service is awful
                  - their service is terrible
                  - their service sucks
                  - their product sucks
                  - their products are garbage
                  - their products are junk
                  - don't go with them
                  - stay away from them
                  - they will rip you off
                  - they'll rip you off
                  - they rip people off
                examples:
                  match:
                    - Don't go with them, they're scammers.
                    - Their quality is awful compared to ours.
                    - Honestly their support is a joke.
                  no-match:
                    - I don't know other companies' terms well, but I can walk you through ours.
                    - Our quality checks happen before every shipment.
                    - Their office is closed on Sundays, as far as I know.

              # R4, R5: no slang or in-house terms.
              - id: en.slang-jargon
                category: slang-jargon
                action: warn
                seed: R4
                notice: Slang and in-house terms may not be understood; use words the client knows.
                suggestion: I'm passing your request to our technical team now.
                phrases:
                  - phrase: asap
                    suggestion: as soon as possible
                  - phrase: np
                    suggestion: no problem
                  - phrase: lol
                    suggestion: ""
                  - phrase: lmao
                    suggestion: ""
                  - phrase: gonna
                    suggestion: going to
                  - phrase: wanna
                    suggestion: want to
                  - phrase: ur
                    suggestion: your
                  - phrase: pls
                    suggestion: please
                  - phrase: plz
                    suggestion: please
                  - phrase: thx
                    suggestion: thanks
                  - phrase: btw
                    suggestion: by the way
                  - phrase: idk
                    suggestion: I'm not sure
                  - phrase: escalate to l2
                    suggestion: pass this to our technical team
                  - phrase: escalate it to l2
                    suggestion: pass this to our technical team
                  - phrase: escalate ur ticket to l2
                    suggestion: pass your request to our technical team
                  - phrase: escalate your ticket to l2
                    suggestion: pass your request to our technical team
                  - phrase: l2
                    suggestion: our technical team
                  - phrase: known bug
                    suggestion: known issue
                  - phrase: next build
                    suggestion: next update
                  - phrase: nuke the cache
                    suggestion: clear the app cache
                  - phrase: relog
                    suggestion: sign out and back in
                  - phrase: repro
                    suggestion: reproduce
                examples:
                  match:
                    - np, I'll escalate ur ticket to L2 asap
                    - lol yeah known bug, gonna be fixed next build
                    - Just nuke the cache and relog.
                  no-match:
                    - No problem, I'm passing your request to our technical team now.
                    - Please clear the app cache, then sign out and back in.
                    - The fix comes with the next update.

              # R6: no irritation or aggression.
              - id: en.emotional-outburst
                category: emotional-outburst
                action: block
                seed: R6
                notice: Irritation and aggression are ruled out; stay calm and show goodwill.
                suggestion: Let me put it another way, step by step.
                phrases:
                  - "!!!"
                  - i've explained this
                  - i have explained this
                  - i already explained
                  - i've already explained
                  - i've told you
                  - i have told you
                  - i already told you
                  - i've already told you
                  - how many times
                  - are you kidding me
                  - are you kidding
                  - you must be kidding
                  - are you serious
                  - i'm sick of this
                  - i am sick of this
                  - sick of this conversation
                  - i'm tired of this
                  - i am tired of this
                  - i'm fed up
                  - i am fed up
                  - for the last time
                  - what is wrong with you
                  - what's wrong with you
                  - shut up
                  - give me a break
                  - unbelievable
                examples:
                  match:
                    - I've explained this three times already!!!
                    - Are you kidding me?
                    - I'm sick of this conversation.
                    - For the last time, the code is on the receipt.
                  no-match:
                    - Let me put it another way, step by step.
                    - Thanks for your patience!
                    - I explained the steps in my previous message; here they are again.

              # R10, R11: no superiority.
              - id: en.superiority
                category: superiority
                action: flag
                seed: R10
                notice: Don't show superiority or put the client in their place; be extra courteous instead.
                suggestion: In our experience this option usually works best, but it's your call.
                phrases:
                  - i'm the expert here
                  - i am the expert here
                  - i know better
                  - i know what i'm talking about
                  - i know what i am talking about
                  - trust me i know
                  - this is basic stuff
                  - this is basic
                  - it's basic stuff
                  - this is elementary
                  - even a child could
                  - even a kid could
                  - a child could do
                  - anyone could do this
                  - anybody could do this
                  - it's not rocket science
                  - it is not rocket science
                  - it's common sense
                  - it is common sense
                  - obviously
                  - as everyone knows
                examples:
                  match:
                    - I'm the expert here, I know better.
                    - This is basic stuff.
                    - Even a child could set this up.
                  no-match:
                    - In our experience this option usually works best, but it's your call.
                    - Setup takes a few steps; I'll guide you through each.
                    - Let me explain it again in different words.

              # R12, R13: no indifference or defensive denials.
              - id: en.dismissive
                category: dismissive
                action: flag
                seed: R12
                notice: Indifference is the main cause of dissatisfaction; say what you can do and who can help.
                suggestion: Let me find out who can fix this and pass your request on.
                phrases:
                  - not my problem
                  - that's not my problem
                  - not my job
                  - not my department
                  - not our problem
                  - not our fault
                  - it's not our fault
                  - we're not responsible
                  - we are not responsible
                  - there's nothing i can do
                  - there is nothing i can do
                  - nothing i can do
                  - nothing we can do
                  - i can't help you
                  - i cannot help you
                  - can't help you with that
                  - deal with it
                  - not my concern
                  - whatever
                  - i don't care
                exceptions:
                  - nothing i can do better
                  - nothing we can do better
                examples:
                  match:
                    - That's not my problem.
                    - Not our fault, the courier lost it.
                    - There's nothing I can do.
                  no-match:
                    - Let me find out who can fix this and pass your request on.
                    - Sorry about the delay; I'm opening a trace with the courier now.
                    - Here's what I can do right now.

              # R7: don't deny an angry client's feelings.
              - id: en.invalidating-feelings
                category: invalidating-feelings
                action: flag
                seed: R7
                notice: Denying the client's feelings makes anger worse; acknowledge them and help.
                suggestion: I understand this is frustrating; let's sort it out.
                phrases:
                  - calm down
                  - relax
                  - chill
                  - chill out
                  - no reason to be angry
                  - no reason to be upset
                  - no need to be upset
                  - no need to get upset
                  - no need to be angry
                  - no need to get angry
                  - don't get upset
                  - don't be upset
                  - don't be so upset
                  - you're overreacting
                  - you are overreacting
                  - you're being dramatic
                  - you are being dramatic
                  - you're being emotional
                  - you are being emotional
                  - it's not a big deal
                  - it is not a big deal
                  - not a big deal
                exceptions:
                  - relax and enjoy
                examples:
                  match:
                    - Calm down.
                    - There's no reason to be angry.
                    - You're overreacting.
                  no-match:
                    - I understand this is frustrating; let's sort it out.
                    - I can see this matters a lot to you.
                    - Sit back, relax and enjoy your new headphones.

              # R9: no pressure to agree.
              - id: en.pressure-to-agree
                category: pressure-to-agree
                action: flag
                seed: R9
                notice: Don't push for a quick yes; the client has the right to take their time or refuse.
                suggestion: Take your time; the offer details are in the link below.
                phrases:
                  - decide right now
                  - decide now
                  - you need to decide
                  - you have to decide
                  - you must decide
                  - just say yes
                  - you won't regret it
                  - you will not regret it
                  - you'll never get this price
                  - you will never get this price
                  - never get this price again
                  - this price won't last
                  - last chance
                  - now or never
                  - don't miss out
                  - you'd be a fool
                  - only today
                  - offer ends today
                  - why are you hesitating
                  - what are you waiting for
                examples:
                  match:
                    - You need to decide right now.
                    - Just say yes, you won't regret it.
                    - You'll never get this price again.
                  no-match:
                    - Take your time; the offer details are in the link below.
                    - The current terms are valid until June 30.
                    - If you have questions before deciding, I'm here.

              # R8: no promises that can't be kept.
              - id: en.false-promise
                category: false-promise
                action: flag
                seed: R8
                notice: Don't promise outcomes that are not confirmed; say what is being done and when you'll update.
                suggestion: Our team is on it; I'll update you as soon as I hear back.
                phrases:
                  - i guarantee
                  - we guarantee
                  - guaranteed to
                  - i promise
                  - we promise
                  - i can promise
                  - 100% this won't
                  - 100% it won't
                  - "100%"
                  - this will never happen again
                  - it will never happen again
                  - won't happen again
                  - will not happen again
                  - definitely be fixed
                  - definitely fixed by
                  - you'll definitely get
                  - you will definitely get
                  - you'll get a full refund
                  - you will get a full refund
                  - for sure by tomorrow
                exceptions:
                  - can't guarantee
                  - cannot guarantee
                  - can not guarantee
                  - can't promise
                  - cannot promise
                  - don't promise
                  - not guaranteed
                  - no guarantee
                examples:
                  match:
                    - I guarantee it'll be fixed by tomorrow.
                    - 100% this won't happen again.
                    - I promise you'll get a full refund.
                  no-match:
                    - I can't guarantee the date, but our team is on it.
                    - I've submitted your refund request; a decision usually takes 3–5 business days.
                    - We've made changes to prevent this from happening again.

              # R15: don't open with worry or bother phrases.
              - id: en.negative-opener
                category: negative-opener
                action: warn
                seed: R15
                position: opening
                notice: Don't open with worry or apologies for bothering; introduce yourself and get to the point.
                suggestion: Hello, I'm writing about your order.
                phrases:
                  - sorry to bother you
                  - sorry for bothering you
                  - sorry to disturb you
                  - sorry for disturbing you
                  - i hate to bother you
                  - i'm worried about your
                  - i am worried about your
                  - i was worried about your
                  - are you worried about
                  - don't worry
                examples:
                  match:
                    - Sorry to bother you, it's about your order.
                    - Hi, I'm worried about your account.
                    - Are you worried about the delivery?
                  no-match:
                    - Hello, I'm writing about your order.
                    - Your order shipped today. Sorry to bother you again with one more detail, your parcel number changed.
                    - Hello! Here's a quick update on your account.

              # R14: avoid negative language.
              - id: en.negative-phrasing
                category: negative-phrasing
                action: warn
                seed: R14
                notice: Lead with what can be done rather than a flat refusal.
                suggestion: That option isn't available, but here's what we can do.
                phrases:
                  - that's impossible
                  - that is impossible
                  - it's impossible
                  - it is impossible
                  - impossible
                  - we don't do that
                  - we do not do that
                  - we don't do this
                  - there's no point
                  - there is no point
                  - no point trying
                  - no point in trying
                  - it won't work
                  - it will not work
                  - that won't work
                  - can't be done
                  - cannot be done
                  - forget it
                exceptions:
                  - not impossible
                  - nothing is impossible
                examples:
                  match:
                    - That's impossible.
                    - We don't do that.
                    - There's no point trying.
                  no-match:
                    - That option isn't available, but here's what we can do.
                    - Nothing is impossible, let's look at the options.
                    - Here's what's worth trying first.

              # R16: no excessive flattery.
              - id: en.excessive-flattery
                category: excessive-flattery
                action: warn
                seed: R16
                notice: Be polite, but excessive courtesy makes a bad impression.
                suggestion: Thank you for contacting us!
                phrases:
                  - immense honor
                  - immense honour
                  - enormous honor
                  - great honor to serve
                  - great honour to serve
                  - honored to serve
                  - honoured to serve
                  - wonderful client like you
                  - wonderful customer like you
                  - most precious customer
                  - most precious client
                  - dearest customer
                  - dearest client
                  - a thousand apologies
                  - thousand apologies
                  - humbly beg
                  - i humbly apologize
                  - i humbly apologise
                  - beg your forgiveness
                  - we are not worthy
                examples:
                  match:
                    - It's an immense honor to serve a wonderful client like you!
                    - You're our most precious, dearest customer!
                    - A thousand apologies, I humbly beg your forgiveness!
                  no-match:
                    - Thank you for contacting us!
                    - I'm sorry for the inconvenience.
                    - It was an honor working on this project, says our team lead.
            """##
        ),
        (
            "Policies/lt.yaml",
            ##"""
            language: lt
            # Lithuanian pack: the same rules as en.yaml (ids lt.<same suffix>), phrased the way
            # Lithuanian-speaking agents type. Diacritics are stripped by default, so each phrase also hits
            # when typed without them (kalti, sukciai, pazadu kad). Lithuanian inflects heavily: stems (`*`)
            # only where every word with that beginning is the violation; otherwise the forms are listed
            # (person, number, gender, jūs/tu, imperatives). Common words (kartų/kartu, pažadu/pažadų,
            # linką/linka) collide once diacritics are stripped; those phrases are kept multi-word instead of
            # switching a whole rule to `diacritics: keep`, which would lose everything typed without them.
            rules:
              # R1, R2: never criticise the client; no flat contradiction.
              - id: lt.criticizing-client.blame
                category: criticizing-client
                action: block
                seed: R1
                notice: Kliento kaltinti negalima jokiu pretekstu; parašytas kaltinimas tik paaštrina pokalbį ir lieka įraše.
                suggestion: Pereikime visus žingsnius dar kartą kartu.
                phrases:
                  - patys kalti
                  - pats kaltas
                  - pati kalta
                  - pačios kaltos
                  - jūs kalti
                  - jūs kaltas
                  - jūs kalta
                  - tu kaltas
                  - tu kalta
                  - esate kalti
                  - esi kaltas
                  - esi kalta
                  - esat kalti
                  - kalti jūs patys
                  - kalti tik jūs
                  - dėl to kalti jūs
                  - jūsų kaltė
                  - tavo kaltė
                  - jūsų pačių kaltė
                  - jūsų paties kaltė
                  - jūsų pačios kaltė
                  - jūsų pačių bėda
                  - tai jūsų pačių bėda
                  - kaltė jūsų
                  - tai jūsų klaida
                  - čia jūsų klaida
                  - tai tavo klaida
                  - čia tavo klaida
                  - jūsų pačių klaida
                  - jūsų paties klaida
                  - vartotojo klaida
                  - kliento klaida
                  - padarėte neteisingai
                  - padarei neteisingai
                  - neteisingai padarėte
                  - neteisingai padarei
                  - padarėte ne taip
                  - padarei ne taip
                  - ne taip padarėte
                  - ne taip padarei
                  - darote neteisingai
                  - darote ne taip
                  - darai neteisingai
                  - darai ne taip
                  - padarėt neteisingai
                  - padarėt ne taip
                  - ne taip padarėt
                  - darot neteisingai
                  - darot ne taip
                  - prisidirbote
                  - prisidirbot
                  - prisidirbai
                  - susimovėte
                  - susimovėt
                  - susimovei
                  - pripjovėte grybą
                  - pripjovėt grybą
                  - pripjovei grybą
                  - ką jūs čia pridarėte
                  - ką čia pridarėte
                  - ką čia pridarėt
                  - ką tu čia pridarei
                  - jūs sugadinote
                  - tu sugadinai
                  - pats sugadinote
                  - patys sugadinote
                  - pats sugadinai
                  - pati sugadinai
                  - viską sugadinote
                  - viską sugadinai
                  - jūs sugadinot
                  - viską sugadinot
                  - pats sugadinot
                  - patys sugadinot
                  - įvedėte neteisingą
                  - suvedėte neteisingą
                  - įvedėte klaidingą
                  - suvedėte klaidingą
                  - įvedei neteisingą
                  - suvedei neteisingą
                  - įvedėte ne tą
                  - suvedėte ne tą
                  - įvedei ne tą
                  - suvedei ne tą
                  - įvedėt neteisingą
                  - suvedėt neteisingą
                  - įvedėt ne tą
                  - suvedėt ne tą
                  - įvedėte neteisingai
                  - suvedėte neteisingai
                  - suvedei neteisingai
                  - neteisingai įvedėte
                  - neteisingai suvedėte
                  - jūs netinkamai naudojotės
                  - jūs neteisingai naudojatės
                  - kaltinkite save
                  - kaltink save
                  - kaltinti tik save
                exceptions:
                  - aš pats kaltas
                  - aš pati kalta
                  - mes patys kalti
                  - kurjeris pats kaltas
                  - kurjeriai patys kalti
                  - ne jūsų kaltė
                  - ne tavo kaltė
                  - ne jūs kalti
                  - ne jūs kaltas
                  - ne jūs kalta
                  - ne tu kaltas
                  - ne tu kalta
                  - ne vartotojo klaida
                  - ne kliento klaida
                  - jei padarėte ne taip
                  - jei padarėte neteisingai
                  - jei ką nors padarėte ne taip
                  - jei ką nors padarėte neteisingai
                  - jei įvedėte neteisingą
                  - jeigu įvedėte neteisingą
                  - jei suvedėte neteisingą
                  - jeigu suvedėte neteisingą
                  - jei įvedėte ne tą
                  - jei suvedėte ne tą
                  - jei įvedėte neteisingai
                  - jei suvedėte neteisingai
                examples:
                  match:
                    - Jūs patys kalti, kad neišsaugojote čekio.
                    - Jūs viską padarėte neteisingai.
                    - Tai jūsų kaltė, suvedėte neteisingą slaptažodį.
                    - cia tavo kalte, pats sugadinai nustatymus
                    - Čia vartotojo klaida, ne sistemos.
                  no-match:
                    - Nieko tokio, pabandykime rasti užsakymą pagal telefono numerį.
                    - Tai tikrai ne jūsų kaltė, nuoroda tiesiog nebegalioja.
                    - Jei įvedėte neteisingą slaptažodį, jį galima atkurti per nuorodą.
                    - Aš pati kalta, kad neperspėjau apie terminą.
                    - Pereikime visus žingsnius dar kartą kartu.

              - id: lt.criticizing-client.hindsight
                category: criticizing-client
                action: block
                seed: R1
                notice: Sakyti klientui, ką jis turėjo padaryti, yra kritika; geriau parodykite, kas taikoma dabar.
                suggestion: Štai sąlygų punktas, taikomas jūsų atvejui.
                phrases:
                  - reikėjo atidžiai perskaityti sąlygas
                  - reikėjo atidžiau perskaityti sąlygas
                  - reikėjo atidžiai skaityti sąlygas
                  - reikėjo atidžiau skaityti
                  - reikėjo perskaityti sąlygas
                  - reikėjo skaityti sąlygas
                  - reikėjo perskaityti instrukciją
                  - reikėjo skaityti instrukciją
                  - jums reikėjo perskaityti
                  - jums reikėjo patikrinti
                  - jums reikėjo pasitikrinti
                  - jums reikėjo paklausti
                  - tau reikėjo perskaityti
                  - tau reikėjo patikrinti
                  - reikėjo pagalvoti anksčiau
                  - reikėjo galvoti anksčiau
                  - reikėjo pagalvoti prieš
                  - reikėjo galvoti prieš
                  - turėjote perskaityti
                  - turėjote atidžiau
                  - turėjote patikrinti
                  - turėjote pasitikrinti
                  - turėjote žinoti
                  - turėjote paklausti
                  - turėjote atkreipti dėmesį
                  - turėjot perskaityti
                  - turėjot patikrinti
                  - turėjot žinoti
                  - turėjot pasitikrinti
                  - turėjote kreiptis anksčiau
                  - turėjote kreiptis iš karto
                  - reikėjo kreiptis anksčiau
                  - reikėjo anksčiau kreiptis
                  - reikėjo iš karto kreiptis
                  - reikėjo atidžiau žiūrėti
                  - jums reikėjo žiūrėti
                  - turėjai perskaityti
                  - turėjai patikrinti
                  - turėjai žinoti
                  - būtumėte perskaitę
                  - būtumėte perskaitęs
                  - būtumėte perskaičiusi
                  - būtumėte patikrinę
                  - būtumėte pasitikrinę
                  - būtum perskaitęs
                  - būtum perskaičiusi
                  - būtumėt perskaitę
                  - būtumėt perskaitęs
                  - būtumėt perskaičiusi
                  - jūs neperskaitėte
                  - jūs neskaitėte
                  - tu neperskaitei
                  - tu neskaitei
                  - jūs neperskaitėt
                  - matyt neperskaitėt
                  - neperskaitėt sąlygų
                  - neskaitėt sąlygų
                  - matyt neperskaitėte
                  - matyt neskaitėte
                  - turbūt neperskaitėte
                  - akivaizdu kad neperskaitėte
                  - akivaizdžiai neperskaitėte
                  - neperskaitėte sąlygų
                  - neskaitėte sąlygų
                  - neperskaitei sąlygų
                  - pirma perskaitykite sąlygas
                  - pirmiausia perskaitykite sąlygas
                  - iš pradžių perskaitykite sąlygas
                  - išmokite skaityti
                  - išmok skaityti
                  - ar mokate skaityti
                  - ar moki skaityti
                  - nemokate skaityti
                  - nemokat skaityti
                  - ar mokat skaityti
                  - juk aiškiai parašyta
                  - sąlygose aiškiai parašyta
                  - ten aiškiai parašyta
                  - ten juk parašyta
                  - juk parašyta
                exceptions:
                  - man reikėjo atidžiau skaityti
                  - mums reikėjo atidžiau skaityti
                  - kaip turėjote žinoti
                  - iš kur turėjote žinoti
                  - man reikėjo anksčiau kreiptis
                  - mums reikėjo anksčiau kreiptis
                  - jei jūs neperskaitėte
                  - jeigu jūs neperskaitėte
                examples:
                  match:
                    - Reikėjo atidžiai perskaityti sąlygas.
                    - Jei būtumėte perskaitę laišką, žinotumėte.
                    - Matyt, neperskaitėte sąlygų, ten viskas parašyta.
                    - turejote patikrinti adresa pries apmokant
                  no-match:
                    - Štai sąlygų punktas, taikomas jūsų atvejui.
                    - Jūs turėjote gauti patvirtinimo laišką el. paštu.
                    - Ar turėjote galimybę perskaityti instrukciją?
                    - Mums reikėjo patikrinti kelis dalykus, todėl užtruko.
                    - Iš kur turėjote žinoti? Šios sąlygos svetainėje nenurodytos.

              - id: lt.criticizing-client.contradiction
                category: criticizing-client
                action: block
                seed: R2
                notice: Tiesmukas prieštaravimas pradeda ginčą; patikrinkite ir paaiškinkite, ką matote.
                suggestion: Leiskite patikslinti, ką matau sistemoje.
                phrases:
                  - klystate
                  - klystat
                  - tu klysti
                  - jūs klydote
                  - tu klydai
                  - jūs neteisūs
                  - jūs neteisi
                  - tu neteisus
                  - tu neteisi
                  - jūs ne teisūs
                  - jūs ne teisi
                  - tu ne teisus
                  - esate neteisūs
                  - esate neteisi
                  - jūs nesuprantate
                  - tu nesupranti
                  - jūs nieko nesuprantate
                  - nieko nesuprantate
                  - nieko nesupranti
                  - jūs nesuprantat
                  - nieko nesuprantat
                  - jūs nesupratot
                  - neteisingai supratot
                  - blogai supratot
                  - neklausot
                  - meluojat
                  - painiojat
                  - jūs nesupratote
                  - neteisingai supratote
                  - blogai supratote
                  - jūs neklausote
                  - tu neklausai
                  - manęs neklausote
                  - jūs manęs negirdite
                  - neskaitote ką rašau
                  - tai netiesa
                  - netiesa
                  - tai ne tiesa
                  - tai melas
                  - jūs meluojate
                  - meluojate
                  - tu meluoji
                  - sakote netiesą
                  - nesąmonė
                  - nesąmonės
                  - nesąmonių
                  - kokia nesąmonė
                  - jūs painiojate
                  - kažką painiojate
                  - jūs kažką supainiojote
                  - klaidingai manote
                  - neteisingai manote
                  - klaidingai galvojate
                  - kliedite
                  - jūs kliedi
                  - tu kliedi
                  - jūs prasimanote
                  - tai prasimanymai
                  - išsigalvojate
                  - išsigalvojat
                  - ką jūs čia kalbate
                  - ką tu čia kalbi
                exceptions:
                  - jei klystate
                  - jeigu klystate
                  - jei jūs nesuprantate
                  - jeigu jūs nesuprantate
                  - jei nieko nesuprantate
                  - jeigu nieko nesuprantate
                  - jei neteisingai supratote
                  - jeigu neteisingai supratote
                  - jei blogai supratote
                  - jei ką nors neteisingai supratote
                  - jei nieko nesuprantat
                  - jei neteisingai supratot
                examples:
                  match:
                    - Ne, jūs klystate.
                    - Jūs nesuprantate, kaip tai veikia.
                    - Tai netiesa, mes niekada neimame mokesčio du kartus.
                    - jus nieko nesuprantat... tai yra nesamone
                  no-match:
                    - Leiskite patikslinti, ką matau sistemoje.
                    - Jei ko nors nesuprantate, parašykite, paaiškinsiu dar kartą.
                    - Visi gali klysti, tad patikrinkime dar kartą kartu.
                    - Jūs visiškai teisūs, atsiprašau už painiavą.
                    - Jei neteisingai supratote mano žinutę, atsiprašau, patikslinsiu.

              # R3: don't bad-mouth competitors.
              - id: lt.disparaging-competitors
                category: disparaging-competitors
                action: block
                seed: R3
                notice: Niekada neniekinkite kitų įmonių, net jei tai tiesa; sakykite, kad nežinote jų sąlygų, ir kalbėkite apie mūsų.
                suggestion: Apie kitų įmonių sąlygas nedaug žinau, bet mielai papasakosiu apie mūsiškes.
                phrases:
                  - jie sukčiai
                  - jie yra sukčiai
                  - jie apgavikai
                  - jie yra apgavikai
                  - jie aferistai
                  - jie yra aferistai
                  - jie vagys
                  - jie yra vagys
                  - jie lupikai
                  - tikri lupikai
                  - jie plėšikai
                  - tikri plėšikai
                  - šaraškinė kontora
                  - šaraškinė
                  - šaraška
                  - jie sukčiauja
                  - jie apgaudinėja
                  - konkurentai sukčiai
                  - konkurentai yra sukčiai
                  - konkurentai apgaudinėja
                  - sukčių kontora
                  - aferistų kontora
                  - jie jus apgaus
                  - jie jus apmaus
                  - jie jus apiplėš
                  - jie jus nulups
                  - nulups tris kailius
                  - lupa tris kailius
                  - nesiveskite su jais reikalų
                  - nesivesk su jais reikalų
                  - neturėkite su jais reikalų
                  - neturėk su jais reikalų
                  - neikite pas juos
                  - neik pas juos
                  - laikykitės nuo jų atokiau
                  - laikykis nuo jų atokiau
                  - bėkite nuo jų
                  - bėk nuo jų
                  - jų kokybė siaubinga
                  - jų kokybė baisi
                  - jų kokybė prasta
                  - jų kokybė bloga
                  - jų kokybė apgailėtina
                  - jų kokybė šūdina
                  - jų kokybė nekokia
                  - jų kokybė šlykšti
                  - jų prekės šlamštas
                  - jų prekės prastos
                  - jų prekės šūdas
                  - jų produktai šlamštas
                  - jų produktai prasti
                  - jų paslaugos siaubingos
                  - jų paslaugos prastos
                  - jų aptarnavimas siaubingas
                  - jų aptarnavimas baisus
                  - jų aptarnavimas katastrofa
                  - jų aptarnavimas juokingas
                  - jų aptarnavimas juokas
                  - jų servisas šūdas
                  - jų servisas baisus
                  - jų servisas katastrofa
                  - jų servisas siaubingas
                  - jų palaikymas juokas
                  - pas juos aptarnavimas katastrofa
                  - pas juos aptarnavimas siaubingas
                  - pas juos katastrofa
                  - pas juos bardakas
                  - pas juos betvarkė
                  - pas juos šlamštas
                  - jie parduoda šlamštą
                  - jų šlamštas
                  - jų kokybė prastesnė
                  - jų prekės prastesnės
                  - pas juos prasčiau
                  - konkurentų kokybė prastesnė
                  - jų aptarnavimas nieko vertas
                  - jų servisas nieko vertas
                  - jų prekės nieko vertos
                  - jų paslaugos nieko vertos
                  - konkurentų kokybė prasta
                  - konkurentų prekės šlamštas
                examples:
                  match:
                    - Jie sukčiai, nesiveskite su jais reikalų.
                    - Jų kokybė siaubinga, palyginus su mūsų.
                    - Pas juos aptarnavimas – katastrofa.
                    - sakau atvirai, jie jus nulups ir dar pasijuoks
                  no-match:
                    - Apie kitų įmonių sąlygas nedaug žinau, bet mielai papasakosiu apie mūsiškes.
                    - "Saugokitės sukčių: mes niekada neprašome slaptažodžio telefonu."
                    - Mūsų kokybės patikra atliekama prieš kiekvieną siuntą.
                    - Jų biuras sekmadieniais nedirba, kiek žinau.

              # R4, R5: no slang or in-house terms. Each phrase carries its replacement, inflected to fit.
              # Every rule also runs on English messages, so bare `ok` and `nu` are only caught next to a
              # Lithuanian word (`ok, tuoj`): alone they would rewrite every English "OK" to "Gerai".
              # A stem's suggestion replaces only the stem, so the typed ending stays
              # (pafiksinsim -> ištaisysim, apdeite -> atnaujinime); forms whose ending would not fit the
              # replacement (past tense) are listed with their own.
              - id: lt.slang-jargon
                category: slang-jargon
                action: warn
                seed: R4
                notice: Žargono ir vidinių terminų klientas gali nesuprasti; rašykite žodžiais, kuriuos jis žino.
                suggestion: Perduodu jūsų užklausą mūsų techninei komandai.
                phrases:
                  - phrase: ok tuoj
                    suggestion: gerai, tuoj
                  - phrase: ok pažiūrėsiu
                    suggestion: gerai, pažiūrėsiu
                  - phrase: ok patikrinsiu
                    suggestion: gerai, patikrinsiu
                  - phrase: ok suprantu
                    suggestion: gerai, suprantu
                  - phrase: ok aišku
                    suggestion: gerai, aišku
                  - phrase: ok ačiū
                    suggestion: gerai, ačiū
                  - phrase: ok dėkui
                    suggestion: gerai, dėkui
                  - phrase: ok perduosiu
                    suggestion: gerai, perduosiu
                  - phrase: ok palaukite
                    suggestion: gerai, palaukite
                  - phrase: ok viskas
                    suggestion: gerai, viskas
                  - phrase: ok tada
                    suggestion: gerai, tada
                  - phrase: ok jūsų
                    suggestion: gerai, jūsų
                  - phrase: ok bugą
                    suggestion: gerai, klaidą
                  - phrase: ok pafiksinsim
                    suggestion: gerai, ištaisysime
                  - phrase: nu tai
                    suggestion: tai
                  - phrase: nu gerai
                    suggestion: gerai
                  - phrase: nu ką
                    suggestion: ką
                  - phrase: okei
                    suggestion: gerai
                  - phrase: oki
                    suggestion: gerai
                  - phrase: okej
                    suggestion: gerai
                  - phrase: viskas norm
                    suggestion: viskas gerai
                  - phrase: nzn
                    suggestion: tiksliai nežinau
                  - phrase: sori
                    suggestion: atsiprašau
                  - phrase: mersi
                    suggestion: ačiū
                  - phrase: čiau
                    suggestion: viso gero
                  - phrase: tavo tiketą
                    suggestion: jūsų užklausą
                  - phrase: tavo tiketas
                    suggestion: jūsų užklausa
                  - phrase: tavo tiketo
                    suggestion: jūsų užklausos
                  - phrase: ticketas
                    suggestion: užklausa
                  - phrase: ticketą
                    suggestion: užklausą
                  - phrase: ticketo
                    suggestion: užklausos
                  - phrase: tiketas
                    suggestion: užklausa
                  - phrase: tiketą
                    suggestion: užklausą
                  - phrase: tiketo
                    suggestion: užklausos
                  - phrase: tiketui
                    suggestion: užklausai
                  - phrase: tikete
                    suggestion: užklausoje
                  - phrase: tiketai
                    suggestion: užklausos
                  - phrase: tiketų
                    suggestion: užklausų
                  - phrase: tiketus
                    suggestion: užklausas
                  - phrase: tiketams
                    suggestion: užklausoms
                  - phrase: žinomas bugas
                    suggestion: žinoma klaida
                  - phrase: žinomą bugą
                    suggestion: žinomą klaidą
                  - phrase: bugas
                    suggestion: klaida
                  - phrase: bugą
                    suggestion: klaidą
                  - phrase: bugo
                    suggestion: klaidos
                  - phrase: bugui
                    suggestion: klaidai
                  - phrase: buge
                    suggestion: klaidoje
                  - phrase: bugai
                    suggestion: klaidos
                  - phrase: bugų
                    suggestion: klaidų
                  - phrase: bugus
                    suggestion: klaidas
                  - phrase: bugams
                    suggestion: klaidoms
                  - phrase: kitam apdeite
                    suggestion: kitame atnaujinime
                  - phrase: apdeit*
                    suggestion: atnaujinim
                  - phrase: apdeitin*
                    suggestion: atnaujin
                  - phrase: updeit*
                    suggestion: atnaujinim
                  - phrase: updeitin*
                    suggestion: atnaujin
                  - phrase: pafiksin*
                    suggestion: ištaisy
                  - phrase: pafiksinau
                    suggestion: ištaisiau
                  - phrase: pafiksinom
                    suggestion: ištaisėme
                  - phrase: pafiksinome
                    suggestion: ištaisėme
                  - phrase: pafiksino
                    suggestion: ištaisė
                  - phrase: pafixin*
                    suggestion: ištaisy
                  - phrase: pafixinom
                    suggestion: ištaisėme
                  - phrase: sufiksin*
                    suggestion: ištaisy
                  - phrase: fiksin*
                    suggestion: taisy
                  - phrase: fiksinu
                    suggestion: taisau
                  - phrase: fiksinam
                    suggestion: taisome
                  - phrase: fiksiname
                    suggestion: taisome
                  - phrase: fiksina
                    suggestion: taiso
                  - phrase: fiksino
                    suggestion: taisė
                  - phrase: pačekin*
                    suggestion: patikrin
                  - phrase: čekinsiu
                    suggestion: patikrinsiu
                  - phrase: čekinsim
                    suggestion: patikrinsime
                  - phrase: išvalyk kešą
                    suggestion: išvalykite podėlį
                  - phrase: išvalykit kešą
                    suggestion: išvalykite podėlį
                  - phrase: išvalyk cache
                    suggestion: išvalykite podėlį
                  - phrase: kešas
                    suggestion: podėlis
                  - phrase: kešą
                    suggestion: podėlį
                  - phrase: kešo
                    suggestion: podėlio
                  - phrase: keše
                    suggestion: podėlyje
                  - phrase: perlogink
                    suggestion: atsijunkite ir vėl prisijunkite
                  - phrase: perloginkite
                    suggestion: atsijunkite ir vėl prisijunkite
                  - phrase: perloginkit
                    suggestion: atsijunkite ir vėl prisijunkite
                  - phrase: persilogink
                    suggestion: atsijunkite ir vėl prisijunkite
                  - phrase: persiloginkite
                    suggestion: atsijunkite ir vėl prisijunkite
                  - phrase: persiloginkit
                    suggestion: atsijunkite ir vėl prisijunkite
                  - phrase: relogink
                    suggestion: atsijunkite ir vėl prisijunkite
                  - phrase: perloginti
                    suggestion: atsijungti ir vėl prisijungti
                  - phrase: persiloginti
                    suggestion: atsijungti ir vėl prisijungti
                  - phrase: prisilogink
                    suggestion: prisijunkite
                  - phrase: prisiloginkite
                    suggestion: prisijunkite
                  - phrase: prisiloginti
                    suggestion: prisijungti
                  - phrase: atsilogink
                    suggestion: atsijunkite
                  - phrase: atsiloginkite
                    suggestion: atsijunkite
                  - phrase: išsilogink
                    suggestion: atsijunkite
                  - phrase: išsiloginkite
                    suggestion: atsijunkite
                  - phrase: restartuok
                    suggestion: paleiskite iš naujo
                  - phrase: restartuokite
                    suggestion: paleiskite iš naujo
                  - phrase: restartink
                    suggestion: paleiskite iš naujo
                  - phrase: restartinkite
                    suggestion: paleiskite iš naujo
                  - phrase: resetink
                    suggestion: atkurkite
                  - phrase: resetinkite
                    suggestion: atkurkite
                  - phrase: resetinsiu
                    suggestion: atkursiu
                  - phrase: resetinti
                    suggestion: atkurti
                  - phrase: perinstaliuok
                    suggestion: iš naujo įdiekite
                  - phrase: perinstaliuokite
                    suggestion: iš naujo įdiekite
                  - phrase: akauntas
                    suggestion: paskyra
                  - phrase: akauntą
                    suggestion: paskyrą
                  - phrase: akaunto
                    suggestion: paskyros
                  - phrase: akaunte
                    suggestion: paskyroje
                  - phrase: saitas
                    suggestion: svetainė
                  - phrase: saitą
                    suggestion: svetainę
                  - phrase: saite
                    suggestion: svetainėje
                  - phrase: saito
                    suggestion: svetainės
                  - phrase: meilas
                    suggestion: el. laiškas
                  - phrase: meilą
                    suggestion: el. laišką
                  - phrase: meilo
                    suggestion: el. laiško
                  - phrase: appsas
                    suggestion: programėlė
                  - phrase: appsą
                    suggestion: programėlę
                  - phrase: trekingo numeris
                    suggestion: siuntos sekimo numeris
                  - phrase: trackingo numeris
                    suggestion: siuntos sekimo numeris
                  - phrase: trekingą
                    suggestion: siuntos sekimo numerį
                  - phrase: trackingą
                    suggestion: siuntos sekimo numerį
                  - phrase: feedbacką
                    suggestion: atsiliepimą
                  - phrase: feedbackas
                    suggestion: atsiliepimas
                  - phrase: linkas
                    suggestion: nuoroda
                  - phrase: šį linką
                    suggestion: šią nuorodą
                  - phrase: šitą linką
                    suggestion: šią nuorodą
                  - phrase: tą linką
                    suggestion: tą nuorodą
                  - phrase: atsiųsiu linką
                    suggestion: atsiųsiu nuorodą
                  - phrase: skrinšotas
                    suggestion: ekrano nuotrauka
                  - phrase: skrinšotą
                    suggestion: ekrano nuotrauką
                  - phrase: skrynšotą
                    suggestion: ekrano nuotrauką
                  - phrase: skriną
                    suggestion: ekrano nuotrauką
                  - phrase: refundas
                    suggestion: pinigų grąžinimas
                  - phrase: refundą
                    suggestion: pinigų grąžinimą
                  - phrase: refundo
                    suggestion: pinigų grąžinimo
                  - phrase: supportas
                    suggestion: klientų aptarnavimas
                  - phrase: supportui
                    suggestion: klientų aptarnavimo komandai
                  - phrase: devai
                    suggestion: programuotojai
                  - phrase: devams
                    suggestion: programuotojams
                  - phrase: devų
                    suggestion: programuotojų
                  - phrase: eskaliuosiu
                    suggestion: perduosiu
                  - phrase: eskaliuosime
                    suggestion: perduosime
                  - phrase: eskaliuoti
                    suggestion: perduoti
                  - phrase: eskaliavau
                    suggestion: perdaviau
                  - phrase: į l2
                    suggestion: techninei komandai
                examples:
                  match:
                    - nzn, tuoj pažiūrėsiu tavo tiketą
                    - Ok, bugą pafiksinsim kitam apdeite.
                    - Perlogink ir išvalyk kešą.
                    - Eskaliuosiu jūsų užklausą į L2, devai pačekins.
                  no-match:
                    - Tuoj peržiūrėsiu jūsų užklausą.
                    - Gerai, klaidą ištaisysime kitame atnaujinime.
                    - Atsijunkite, vėl prisijunkite ir išvalykite programėlės podėlį.
                    - Užfiksavome jūsų prašymą, kaina fiksuota iki mėnesio pabaigos.
                    - Sistema linka strigti, kai vienu metu atidaryta daug langų.

              # R6: no irritation or aggression. ("!!!" is already caught by en.emotional-outburst for every
              # language, so it is not repeated here.)
              - id: lt.emotional-outburst
                category: emotional-outburst
                action: block
                seed: R6
                notice: Susierzinimas ir agresija draudžiami; išlikite ramūs ir rodykite geranoriškumą.
                suggestion: Pabandysiu paaiškinti kitaip, žingsnis po žingsnio.
                phrases:
                  - jau aiškinau
                  - jums jau aiškinau
                  - jau jums aiškinau
                  - tau jau aiškinau
                  - jau tau aiškinau
                  - jums jau sakiau
                  - jau jums sakiau
                  - tau jau sakiau
                  - jau tau sakiau
                  - jau sakiau jums
                  - jau sakiau tau
                  - aš jau sakiau
                  - kartus aiškinau
                  - kartus jums aiškinau
                  - kartus tau aiškinau
                  - kartus sakiau
                  - kartus jums sakiau
                  - kartus tau sakiau
                  - kartus kartojau
                  - kartų aiškinau
                  - kartų sakiau
                  - kartų kartojau
                  - kartų jums sakiau
                  - kartų jums aiškinau
                  - jau kelintą kartą
                  - kelintą kartą kartoju
                  - kelintą kartą aiškinu
                  - kiek kartų galima kartoti
                  - kiek kartų galima aiškinti
                  - kiek kartų reikia kartoti
                  - kiek kartų reikia aiškinti
                  - kiek kartų reikia sakyti
                  - kiek kartų sakyti
                  - kiek kartų kartoti
                  - kiek kartų aiškinti
                  - kiek kartų jums sakyti
                  - kiek kartų jums kartoti
                  - kiek kartų jums aiškinti
                  - kiek kartų tau sakyti
                  - kiek dar kartų
                  - kiek galima kartoti
                  - kiek galima aiškinti
                  - kiek galima tą patį
                  - dar kartą kartoju
                  - jūs iš manęs tyčiojatės
                  - tyčiojatės
                  - tu tyčiojiesi
                  - juokaujate?
                  - juokaujat?
                  - jūs juokaujat
                  - jūs juokaujate?
                  - ar jūs juokaujate
                  - juokaujate ar ką
                  - turbūt juokaujate
                  - jūs rimtai?
                  - jūs čia rimtai
                  - ar jūs išvis skaitote
                  - ar išvis skaitote
                  - ar jūs skaitote ką rašau
                  - ar skaitote ką rašau
                  - man atsibodo
                  - man jau atsibodo
                  - atsibodo man
                  - man nusibodo
                  - man jau nusibodo
                  - man įgriso
                  - man jau įgriso
                  - jau įgriso
                  - atsibodo kartoti
                  - nusibodo kartoti
                  - atsibodo aiškinti
                  - nusibodo aiškinti
                  - atsibodo šitas pokalbis
                  - atsibodo šis pokalbis
                  - pavargau nuo jūsų
                  - pavargau nuo šito
                  - pavargau aiškinti
                  - pavargau kartoti
                  - man jau gana
                  - gana to
                  - paskutinį kartą sakau
                  - paskutinį kartą kartoju
                  - paskutinį kartą aiškinu
                  - sakau paskutinį kartą
                  - kartoju paskutinį kartą
                  - aiškinu paskutinį kartą
                  - kas su jumis negerai
                  - kas su jumis ne taip
                  - kas su tavim negerai
                  - kas su tavimi negerai
                  - kas tau negerai
                  - ar jums viskas gerai su galva
                  - ar tau viskas gerai su galva
                  - ar jūs normalus
                  - ar jūs normali
                  - ar tu normalus
                  - ar tu normali
                  - užsičiaupkite
                  - užsičiaupkit
                  - užsičiaupk
                  - patylėkite
                  - tylėkite
                  - tylėk
                  - nutilkite
                  - nutilk
                  - užsikimšk
                  - duokite man ramybę
                  - duok man ramybę
                  - palikite mane ramybėje
                  - palik mane ramybėje
                  - atstokite
                  - atstok
                  - atsiknisk
                  - eik velniop
                  - eikite velniop
                  - po velnių
                  - kas per velnias
                  - velniai rautų
                  - po galais
                  - blet
                  - blyat
                  - bliat
                  - nachui
                  - pyzdec
                  - pizdec
                exceptions:
                  - kaip jau aiškinau
                  - kaip jau jums aiškinau
                  - kaip jums jau aiškinau
                  - kaip jau jums sakiau
                  - kaip jums jau sakiau
                  - kaip aš jau sakiau
                examples:
                  match:
                    - Jau tris kartus jums aiškinau!!!
                    - Jūs iš manęs tyčiojatės?
                    - Man jau atsibodo šitas pokalbis.
                    - kiek kartu galima kartoti, kodas yra ant kvito
                    - "Paskutinį kartą sakau: kodas yra ant kvito."
                  no-match:
                    - Pabandysiu paaiškinti kitaip, žingsnis po žingsnio.
                    - Kaip jau minėjau ankstesnėje žinutėje, štai žingsniai dar kartą.
                    - Kiek kartu kainuos abi prekės su pristatymu?
                    - Bandėme skambinti jau tris kartus, bet nepavyko prisiskambinti.
                    - Kada paskutinį kartą prisijungėte prie paskyros?

              # R10, R11: no superiority.
              - id: lt.superiority
                category: superiority
                action: flag
                seed: R10
                notice: Nerodykite pranašumo ir nemėginkite „pastatyti kliento į vietą“; verčiau būkite ypač mandagūs.
                suggestion: Mūsų patirtis rodo, kad šis variantas dažniausiai patogiausias, bet spręsti jums.
                phrases:
                  - aš čia specialistas
                  - aš čia specialistė
                  - aš čia ekspertas
                  - aš čia ekspertė
                  - čia aš specialistas
                  - čia aš specialistė
                  - čia aš ekspertas
                  - man geriau žinoti
                  - aš geriau žinau
                  - aš žinau geriau
                  - žinau geriau už jus
                  - geriau už jus žinau
                  - žinau geriau nei jūs
                  - aš geriau išmanau
                  - išmanau geriau už jus
                  - patikėkite aš žinau
                  - patikėk aš žinau
                  - patikėkite manimi aš žinau
                  - aš žinau ką kalbu
                  - aš žinau ką sakau
                  - žinau apie ką kalbu
                  - tai elementarūs dalykai
                  - elementarūs dalykai
                  - elementarus dalykas
                  - elementaru
                  - tai bazinis dalykas
                  - tai pagrindų pagrindai
                  - tai juk paprasta
                  - juk tai paprasta
                  - čia juk paprasta
                  - juk akivaizdu
                  - juk tai akivaizdu
                  - tai žino visi
                  - visi tai žino
                  - tai visi žino
                  - kaip visi žino
                  - net vaikas susitvarkytų
                  - net vaikas sugebėtų
                  - net vaikas galėtų
                  - net vaikas tai
                  - net vaikas supranta
                  - net vaikas suprastų
                  - net vaikas moka
                  - tai net vaikas
                  - su tuo net vaikas
                  - net mano močiutė
                  - bet kas sugebėtų
                  - bet kas tai gali
                  - ne raketų mokslas
                  - ne branduolinė fizika
                  - sveiko proto dalykas
                  - tai sveikas protas
                  - jūs nieko neišmanote
                  - jūs neišmanote
                  - tu nieko neišmanai
                  - jūs neišmanot
                  - nieko neišmanot
                  - nemokate naudotis
                  - nemokat naudotis
                  - nemoki naudotis
                  - ką čia nesuprasti
                  - negi sunku suprasti
                  - ar taip sunku suprasti
                  - nejaugi taip sunku suprasti
                  - paprasčiau nebūna
                  - žinokite savo vietą
                  - žinok savo vietą
                exceptions:
                  - ne visi tai žino
                  - jei jūs neišmanote
                  - jeigu jūs neišmanote
                  - jei nemokate naudotis
                  - jeigu nemokate naudotis
                examples:
                  match:
                    - Aš čia specialistas, man geriau žinoti.
                    - Tai elementarūs dalykai.
                    - Net vaikas tai susitvarkytų.
                    - patikekite, as zinau ka kalbu, tai ne raketu mokslas
                  no-match:
                    - Mūsų patirtis rodo, kad šis variantas dažniausiai patogiausias, bet spręsti jums.
                    - Nustatymas užtrunka kelis žingsnius, padėsiu su kiekvienu.
                    - Taip, net vaikui reikalingas atskiras bilietas.
                    - Ne visi tai žino, todėl mielai paaiškinsiu.
                    - Aš esu specialistas, atsakingas už jūsų užklausą.

              # R12, R13: no indifference or defensive denials.
              - id: lt.dismissive
                category: dismissive
                action: flag
                seed: R12
                notice: Abejingumas – pagrindinė nepasitenkinimo priežastis; pasakykite, ką galite padaryti ir kas gali padėti.
                suggestion: Išsiaiškinsiu, kas gali tai išspręsti, ir perduosiu jūsų užklausą.
                phrases:
                  - ne mano problema
                  - ne mano problemos
                  - ne mūsų problema
                  - ne mūsų problemos
                  - tai jūsų problema
                  - tai jūsų problemos
                  - čia jūsų problema
                  - čia jūsų problemos
                  - tai tavo problema
                  - tai tavo problemos
                  - čia tavo problemos
                  - ne mano bėda
                  - ne mūsų bėda
                  - tai jūsų bėda
                  - tai jūsų bėdos
                  - čia jūsų bėdos
                  - ne mano darbas
                  - ne mano reikalas
                  - ne mūsų reikalas
                  - ne mano kompetencija
                  - ne mano skyrius
                  - ne mano rūpestis
                  - ne mūsų rūpestis
                  - ne mano galvos skausmas
                  - ne mūsų galvos skausmas
                  - ne mūsų kaltė
                  - mes čia niekuo dėti
                  - mes niekuo dėti
                  - mes ne prie ko
                  - mes čia ne prie ko
                  - mūsų kaltės nėra
                  - mūsų kaltės čia nėra
                  - už tai neatsakome
                  - mes neatsakingi
                  - mes už tai neatsakingi
                  - mes nesame atsakingi
                  - ne mūsų atsakomybė
                  - tai kurjerio problema
                  - čia kurjerio problema
                  - tai kurjerio kaltė
                  - čia kurjerio kaltė
                  - kaltas kurjeris
                  - kurjeris kaltas
                  - kalti kurjeriai
                  - kurjeriai kalti
                  - kurjeris pats kaltas
                  - kurjeriai patys kalti
                  - niekuo negaliu padėti
                  - niekuo negalime padėti
                  - niekuo nepadėsiu
                  - nieko negaliu padaryti
                  - nieko negalime padaryti
                  - nieko nepadarysiu
                  - nieko nepadarysime
                  - nieko čia nepadarysi
                  - čia nieko nepakeisi
                  - negalime nieko padaryti
                  - negaliu nieko padaryti
                  - niekuo negalim padėti
                  - nieko negalim padaryti
                  - negalim jums padėti
                  - negaliu jums padėti
                  - negalime jums padėti
                  - negaliu tau padėti
                  - tuo negaliu padėti
                  - tuo negalime padėti
                  - man nerūpi
                  - mums nerūpi
                  - man visiškai nerūpi
                  - man dzin
                  - dzin
                  - man nusispjaut
                  - nusispjaut
                  - man px
                  - man pofig
                  - pofig
                  - kas man darbo
                  - nežinau ir nesidomiu
                  - kreipkitės kur nors kitur
                  - ne ten kreipiatės
                  - ne ten kreipėtės
                  - kreipėtės ne ten
                  - kreipėtės ne tuo adresu
                  - kreipiatės ne tuo adresu
                  - susitvarkykite patys
                  - susitvarkykit patys
                  - spręskit patys
                  - kaip sau norit
                  - tvarkykitės patys
                  - tvarkykis pats
                  - spręskite patys
                  - aiškinkitės patys
                  - susitaikykite su tuo
                  - susitaikyk su tuo
                  - kaip sau norite
                  - kaip sau nori
                exceptions:
                  - ne mano kompetencija bet
                  - negaliu jums padėti greičiau
                  - negalime jums padėti greičiau
                  - negaliu jums padėti bet
                  - negalime jums padėti bet
                  - tuo negaliu padėti bet
                  - tuo negalime padėti bet
                  - nieko negaliu padaryti kol
                  - nieko negalime padaryti kol
                  - negalime nieko padaryti kol
                  - negaliu nieko padaryti kol
                examples:
                  match:
                    - Tai ne mano problema.
                    - Mes čia niekuo dėti, kurjeris pametė.
                    - Niekuo negaliu padėti.
                    - man dzin, kreipkites i kurjeri
                  no-match:
                    - Išsiaiškinsiu, kas gali tai išspręsti, ir perduosiu jūsų užklausą.
                    - Atsiprašau dėl vėlavimo, jau pradedu siuntos paiešką.
                    - Štai ką galiu padaryti jau dabar.
                    - Jūs čia niekuo dėti, klaida įvyko mūsų sistemoje.
                    - Deja, tuo negaliu padėti, bet kolega iš sąskaitų skyriaus tikrai galės.

              # R7: don't deny an angry client's feelings.
              - id: lt.invalidating-feelings
                category: invalidating-feelings
                action: flag
                seed: R7
                notice: Neigiant kliento jausmus pyktis tik stiprėja; pripažinkite juos ir padėkite.
                suggestion: Suprantu, kaip tai nemalonu, išsiaiškinkime kartu.
                phrases:
                  - nusiraminkite
                  - nusiraminkit
                  - nusiramink
                  - nurimkite
                  - nurimkit
                  - nurimk
                  - atsipalaiduokite
                  - atsipalaiduokit
                  - atsipalaiduok
                  - nesinervinkite
                  - nesinervinkit
                  - nesinervink
                  - nesinervuokite
                  - nesinervuok
                  - nėra priežasties pykti
                  - nėra priežasčių pykti
                  - nėra ko pykti
                  - nėra dėl ko pykti
                  - nėra ko nervintis
                  - nėra dėl ko nervintis
                  - nėra reikalo pykti
                  - nėra reikalo nervintis
                  - nereikia pykti
                  - nereikia nervintis
                  - nereikia nervuotis
                  - nereikia taip pykti
                  - nereikia taip nervintis
                  - nereikia čia pykti
                  - čia nėra ko pykti
                  - nėra čia ko pykti
                  - nėra čia ko nervintis
                  - ko čia pykti
                  - ko čia nervintis
                  - ko jūs pykstate
                  - kam taip pykti
                  - kam taip nervintis
                  - nepykite taip
                  - nepyk taip
                  - jūs perdedate
                  - perdedate
                  - tu perdedi
                  - perdedat
                  - dramatizuojat
                  - sureikšminat
                  - isterikuojat
                  - per daug pergyvenat
                  - nedramatizuokit
                  - per jautriai reaguojate
                  - jūs per jautrus
                  - jūs per jautri
                  - nepanikuokite
                  - nepanikuokit
                  - nepanikuok
                  - per daug pergyvenate
                  - per daug jaudinatės
                  - per daug reaguojate
                  - per daug sureikšminate
                  - sureikšminate
                  - dramatizuojate
                  - nedramatizuokite
                  - nedramatizuok
                  - nedarykite dramos
                  - nekelkite isterijos
                  - nekelk isterijos
                  - nekelkite panikos
                  - isterikuojate
                  - esate per daug emocingi
                  - jūs per daug emocingas
                  - jūs per daug emocinga
                  - ne pasaulio pabaiga
                  - didelio čia daikto
                  - didelio daikto
                  - koks čia didelis daiktas
                  - dėl tokios smulkmenos
                  - dėl tokių smulkmenų
                  - dėl tokių niekų
                  - dėl niekų
                exceptions:
                  - atsipalaiduokite ir mėgaukitės
                  - atsipalaiduok ir mėgaukis
                examples:
                  match:
                    - Nusiraminkite.
                    - Nėra priežasties pykti.
                    - Jūs perdedate.
                    - nu nesinervinkit, cia ne pasaulio pabaiga
                  no-match:
                    - Suprantu, kaip tai nemalonu, išsiaiškinkime kartu.
                    - Matau, kad tai jums labai svarbu.
                    - Atsipalaiduokite ir mėgaukitės naujomis ausinėmis.
                    - Jūs nieko neperdedate, taip neturėjo nutikti.

              # R9: no pressure to agree.
              - id: lt.pressure-to-agree
                category: pressure-to-agree
                action: flag
                seed: R9
                notice: Neskubinkite kliento sutikti; jis turi teisę apsvarstyti ar atsisakyti.
                suggestion: Neskubėkite, visa pasiūlymo informacija rasite nuorodoje.
                phrases:
                  - turite nuspręsti dabar
                  - turite apsispręsti dabar
                  - turite nuspręsti šiandien
                  - turite apsispręsti šiandien
                  - turite nuspręsti iškart
                  - turite apsispręsti iškart
                  - turi nuspręsti dabar
                  - turi apsispręsti dabar
                  - reikia apsispręsti dabar
                  - reikia nuspręsti dabar
                  - nuspręskite dabar
                  - apsispręskite dabar
                  - apsispręskite iškart
                  - apsispręskite greičiau
                  - apsispręskite greitai
                  - greičiau apsispręskite
                  - nuspręskite greičiau
                  - spręskite greičiau
                  - turit nuspręsti dabar
                  - turit apsispręsti dabar
                  - nuspręskit dabar
                  - apsispręskit dabar
                  - apsispręskit greičiau
                  - dabar arba niekada
                  - paskutinė proga
                  - paskutinė galimybė
                  - paskutinis šansas
                  - tik šiandien galioja
                  - galioja tik šiandien
                  - tik šiandien tokia kaina
                  - tokia kaina tik šiandien
                  - tiesiog sutikite
                  - tiesiog sutik
                  - tiesiog pasakykite taip
                  - tiesiog sakykite taip
                  - tiesiog užsisakykite
                  - tiesiog pirkite
                  - tiesiog sutikit
                  - nesigailėsite
                  - nesigailėsit
                  - nesigailėsi
                  - pasigailėsite
                  - vėliau gailėsitės
                  - pasigailėsit
                  - praleisite progą
                  - praleisite tokią progą
                  - norite praleisti progą
                  - tokios kainos daugiau niekada nebus
                  - tokios kainos daugiau nebus
                  - tokios kainos nebebus
                  - tokios kainos niekur nerasite
                  - tokios kainos niekur negausite
                  - tokios kainos nebegausite
                  - tokios progos nebebus
                  - tokios progos daugiau nebus
                  - antros tokios progos nebus
                  - tokia proga pasitaiko kartą
                  - nepraleiskite progos
                  - nepraleisk progos
                  - nepraleiskite šios progos
                  - nepraleiskit progos
                  - būtumėte kvailas
                  - būtumėte kvaila
                  - būtų kvaila atsisakyti
                  - tik kvailys atsisakytų
                  - ko dar laukiate
                  - ko jūs dar laukiate
                  - ko dar lauki
                  - ko dvejojate
                  - kodėl dvejojate
                  - ko čia dvejoti
                  - nėra ko dvejoti
                  - ko delsiate
                  - kodėl delsiate
                  - ko dar laukiat
                  - ko dvejojat
                  - kodėl dvejojat
                  - ko delsiat
                examples:
                  match:
                    - Turite nuspręsti dabar pat.
                    - Tiesiog sutikite, nesigailėsite.
                    - Tokios kainos daugiau niekada nebus.
                    - ko dar laukiat? paskutine proga!
                  no-match:
                    - Neskubėkite, visa pasiūlymo informacija rasite nuorodoje.
                    - Dabartinės sąlygos galioja iki birželio 30 d.
                    - Jei prieš apsisprendžiant kils klausimų, rašykite.
                    - Jums nereikia apsispręsti dabar, pasiūlymas galioja visą mėnesį.

              # R8: no promises that can't be kept. Forms are listed rather than stemmed: garantuoja
              # ("the manufacturer guarantees") and garantuotas ("a guaranteed right") are ordinary facts.
              - id: lt.false-promise
                category: false-promise
                action: flag
                seed: R8
                notice: Nežadėkite nepatvirtintų rezultatų; pasakykite, kas daroma ir kada pranešite naujienas.
                suggestion: Komanda jau dirba, pranešiu, kai tik sužinosiu daugiau.
                phrases:
                  - garantuoju
                  - garantuojame
                  - garantuojam
                  - garantuosiu
                  - garantuosime
                  - garantuosim
                  - galiu garantuoti
                  - galime garantuoti
                  - galim garantuoti
                  - galiu jums garantuoti
                  - galime jums garantuoti
                  - garantuotai
                  - tai garantuota
                  - garantuota kad
                  - pažadu kad
                  - pažadu jog
                  - pažadu jums
                  - jums pažadu
                  - pažadu tau
                  - tau pažadu
                  - pažadame kad
                  - pažadame jums
                  - jums pažadame
                  - pažadam jums
                  - pažadam kad
                  - galiu pažadėti
                  - galime pažadėti
                  - galiu jums pažadėti
                  - galime jums pažadėti
                  - užtikrinu kad
                  - užtikrinu jus
                  - galiu užtikrinti kad
                  - duodu žodį
                  - duodu jums žodį
                  - prisiekiu
                  - galvą guldau
                  - galvą galiu guldyti
                  - šimtu procentų
                  - 100 procentų tikras
                  - 100 procentų tikra
                  - 100 procentų tikri
                  - 100 proc tikras
                  - 100 proc tikra
                  - 100 proc tikri
                  - 100 proc tai
                  - 100 proc kad
                  - 100 procentų kad
                  - tai nebepasikartos
                  - tai daugiau nepasikartos
                  - tai daugiau nebepasikartos
                  - tai niekada nepasikartos
                  - tai niekada nebepasikartos
                  - daugiau niekada nepasikartos
                  - daugiau nebepasikartos
                  - tikrai nebepasikartos
                  - tikrai nepasikartos
                  - rytoj viskas veiks
                  - rytoj jau viskas veiks
                  - rytoj tikrai veiks
                  - rytoj tikrai bus
                  - iki rytojaus tikrai
                  - rytoj viskas bus sutvarkyta
                  - tikrai bus sutaisyta
                  - tikrai bus ištaisyta
                  - tikrai sutaisysime
                  - tikrai ištaisysime
                  - tikrai sutvarkysime
                  - tikrai gausite
                  - tikrai atgausite
                  - tikrai grąžinsime
                  - grąžinsime visus pinigus
                  - pinigus grąžins visus
                  - pinigus grąžinsime visus
                  - gausite visus pinigus
                  - atgausite visus pinigus
                  - grąžinsime visą sumą
                  - visą sumą grąžinsime
                exceptions:
                  - jokių pažadų kad
                  - kad tai nebepasikartos
                  - kad tai daugiau nepasikartos
                  - kad tai daugiau nebepasikartos
                  - kad tai niekada nepasikartos
                  - kad tai niekada nebepasikartos
                  - kad daugiau nebepasikartos
                  - kad rytoj viskas veiks
                  - kad rytoj jau viskas veiks
                examples:
                  match:
                    - Garantuoju, kad rytoj viskas veiks.
                    - 100 proc., tai nebepasikartos.
                    - Pažadu, kad pinigus grąžins visus.
                    - pazadu jums, rytoj tikrai bus sutvarkyta
                    - Šimtu procentų tikras, kad siunta atkeliaus rytoj.
                  no-match:
                    - Negaliu garantuoti datos, bet komanda jau dirba.
                    - Perdaviau grąžinimo prašymą; sprendimas paprastai priimamas per 3–5 darbo dienas.
                    - Ėmėmės priemonių, kad tai nepasikartotų.
                    - Tikimės, kad tai nebepasikartos, o kol kas pridėjome nuolaidą.
                    - Gamintojas garantuoja dvejų metų garantiją šiam modeliui.
                    - Negaliu duoti jokių pažadų, kad siunta atvyks rytoj, bet seksiu jos kelią.

              # R15: don't open with worry or bother phrases.
              - id: lt.negative-opener
                category: negative-opener
                action: warn
                seed: R15
                position: opening
                notice: Nepradėkite nuo nerimo ar atsiprašymo už trukdymą; prisistatykite ir pereikite prie reikalo.
                suggestion: Laba diena, rašau dėl jūsų užsakymo.
                phrases:
                  - atsiprašau kad trukdau
                  - atsiprašau kad vėl trukdau
                  - atsiprašome kad trukdome
                  - atsiprašau kad sutrukdžiau
                  - atsiprašome kad sutrukdėme
                  - atleiskite kad trukdau
                  - atleiskite kad sutrukdžiau
                  - sori kad trukdau
                  - atsiprašau už trukdymą
                  - atsiprašome už trukdymą
                  - atleiskite už trukdymą
                  - atsiprašau kad varginu
                  - atsiprašau kad vėl varginu
                  - nenoriu jūsų varginti
                  - ar galiu sutrukdyti
                  - ar galiu jus sutrukdyti
                  - atsiprašom kad trukdom
                  - nenorėjau trukdyti
                  - nenoriu trukdyti
                  - nenorėčiau trukdyti
                  - gal netrukdau
                  - ar netrukdau
                  - nerimauju dėl jūsų
                  - nerimaujame dėl jūsų
                  - man neramu dėl jūsų
                  - mums neramu dėl jūsų
                  - jaudinuosi dėl jūsų
                  - jaudinamės dėl jūsų
                  - buvau sunerimęs dėl jūsų
                  - buvau sunerimusi dėl jūsų
                  - sunerimome dėl jūsų
                  - ar jums neramu
                  - ar neramu jums
                  - ar nerimaujate dėl
                  - ar jaudinatės dėl
                  - ar jūs nerimaujate
                  - ar jūs jaudinatės
                  - nesijaudinkite
                  - nesijaudinkit
                  - nesijaudink
                  - nesirūpinkite
                  - nesirūpink
                examples:
                  match:
                    - Atsiprašau, kad trukdau, rašau dėl jūsų užsakymo.
                    - Laba diena, nerimauju dėl jūsų paskyros.
                    - Ar jums neramu dėl pristatymo?
                    - Sveiki! Nenorėjau trukdyti, bet turiu klausimą dėl užsakymo.
                  no-match:
                    - Laba diena, rašau dėl jūsų užsakymo.
                    - Jūsų siunta išsiųsta šiandien. Atsiprašau, kad trukdau dar kartą, bet pasikeitė siuntos numeris.
                    - Laba diena! Štai naujausia informacija apie jūsų paskyrą.

              # R14: avoid negative language.
              - id: lt.negative-phrasing
                category: negative-phrasing
                action: warn
                seed: R14
                notice: Pradėkite nuo to, ką galima padaryti, o ne nuo tiesmuko atsisakymo.
                suggestion: Tokios galimybės nėra, bet štai ką galime padaryti.
                phrases:
                  - neįmanom*
                  - mes tuo neužsiimame
                  - tuo neužsiimame
                  - tokiais dalykais neužsiimame
                  - tokiais dalykais neužsiimam
                  - mes to nedarome
                  - mes šito nedarome
                  - mes taip nedarome
                  - to mes nedarome
                  - tokių dalykų nedarome
                  - mes tuo neužsiimam
                  - tuo neužsiimam
                  - mes to nedarom
                  - mes taip nedarom
                  - nėra ir nebus
                  - nieko neišeis
                  - iš to nieko neišeis
                  - nieko iš to neišeis
                  - nieko nepavyks
                  - tai neveiks
                  - tai nepadės
                  - niekas nepadės
                  - nieko nepadės
                  - nėra prasmės bandyti
                  - nėra prasmės net bandyti
                  - nėra prasmės kreiptis
                  - nėra prasmės rašyti
                  - nėra prasmės skambinti
                  - neverta bandyti
                  - neverta net bandyti
                  - nėra ko bandyti
                  - pamirškite tai
                  - pamiršk tai
                  - pamirškite apie tai
                  - pamiršk apie tai
                  - apie tai pamirškite
                  - pamirškit tai
                  - pamirškit apie tai
                  - to padaryti negalime
                  - negalime to padaryti
                  - negalim to padaryti
                  - to padaryti negalim
                exceptions:
                  - nėra neįmanoma
                  - nieko nėra neįmanoma
                  - nieko neįmanomo
                  - ne neįmanoma
                  - mes to nedarome be
                  - jei tai neveiks
                  - jeigu tai neveiks
                  - jei ir tai neveiks
                  - jei tai nepadės
                  - jeigu tai nepadės
                  - jei ir tai nepadės
                  - jei niekas nepadės
                  - jeigu niekas nepadės
                  - jei nieko nepadės
                  - jeigu nieko nepadės
                  - jei nieko nepavyks
                  - jeigu nieko nepavyks
                  - pamirškite tai ką
                  - pamiršk tai ką
                  - to padaryti negalime be
                  - negalime to padaryti be
                  - negalim to padaryti be
                  - mes to nedarom be
                  - pamirškit tai ką
                examples:
                  match:
                    - Tai neįmanoma.
                    - Mes tuo neužsiimame.
                    - Nieko neišeis, nėra prasmės bandyti.
                    - neimanoma to padaryti, pamirskite apie tai
                  no-match:
                    - Tokios galimybės nėra, bet štai ką galime padaryti.
                    - Tai neįeina į mūsų paslaugas, bet galiu pasiūlyti alternatyvą.
                    - Štai ką verta pabandyti pirmiausia.
                    - Nieko nėra neįmanoma, pažiūrėkime, kokias turime galimybes.
                    - Jei tai nepadės, parašykite, ir paskambinsime jums.
                    - Jei nieko nepadės, paskambinkite mums, ir kolega padės nuotoliu.
                    - Jūsų duomenų niekam neperduodame, mes to nedarome be jūsų sutikimo.

              # R16: no excessive flattery.
              - id: lt.excessive-flattery
                category: excessive-flattery
                action: warn
                seed: R16
                notice: Būkite mandagūs, bet perdėtas mandagumas palieka blogą įspūdį.
                suggestion: Ačiū, kad susisiekėte!
                phrases:
                  - didžiulė garbė aptarnauti
                  - didžiulė garbė jus
                  - didžiulė garbė jums
                  - mums didžiulė garbė
                  - mums didelė garbė
                  - mums tai didžiulė garbė
                  - mums tai didelė garbė
                  - garbė aptarnauti
                  - garbė jus aptarnauti
                  - garbė jums padėti
                  - garbė jums tarnauti
                  - garbė tarnauti
                  - garbė bendrauti su jumis
                  - neapsakoma garbė
                  - nepaprasta garbė
                  - didžiausia garbė
                  - tokį nuostabų klientą
                  - nuostabų klientą kaip jūs
                  - tokiam nuostabiam klientui
                  - nuostabiam klientui kaip jūs
                  - tokią nuostabią klientę
                  - nuostabią klientę kaip jūs
                  - brangiausias klientas
                  - brangiausia klientė
                  - brangiausi klientai
                  - brangiausias mylimiausias
                  - mylimiausias klientas
                  - mylimiausia klientė
                  - mylimiausi klientai
                  - mūsų mylimiausias
                  - mūsų mylimiausia
                  - nuostabiausias klientas
                  - nuostabiausia klientė
                  - jūs nuostabiausias
                  - jūs nuostabiausia
                  - geriausias klientas pasaulyje
                  - geriausia klientė pasaulyje
                  - tūkstantį kartų atsiprašau
                  - tūkstantis atsiprašymų
                  - tūkstantį atsiprašymų
                  - tūkstančiai atsiprašymų
                  - milijonas atsiprašymų
                  - nuolankiai atsiprašau
                  - nuolankiai atsiprašome
                  - nuolankiai maldauju
                  - nuolankiai prašau atleidimo
                  - nuolankiausiai
                  - maldauju atleidimo
                  - maldaujame atleidimo
                  - maldauju atleisti
                  - maldaujame atleisti
                  - esame neverti
                  - mes neverti jūsų
                  - nesame verti jūsų
                  - žemai lenkiamės
                  - žemai jums lenkiamės
                examples:
                  match:
                    - Mums didžiulė garbė aptarnauti tokį nuostabų klientą kaip jūs!
                    - Jūs mūsų brangiausias, mylimiausias klientas!
                    - Tūkstantį kartų atsiprašau, nuolankiai maldauju atleidimo!
                  no-match:
                    - Ačiū, kad susisiekėte!
                    - Atsiprašau dėl nepatogumų.
                    - Brangiausias planas kainuoja 30 eurų per mėnesį.
                    - Mūsų komandos vadovas sako, kad dirbti prie šio projekto buvo didžiulė garbė.
            """##
        ),
        (
            "Policies/mn.yaml",
            ##"""
            language: mn
            # Mongolian (Cyrillic). Same rule structure as en.yaml.
            # Notes for editors:
            # - Mongolian adds suffixes to stems; a phrase ending in `*` takes any ending. Stems end on a
            #   consonant: repeated letters fold to one, so a stem ending in a long vowel would cut the
            #   suffix in a rewrite.
            # - Many past participles (-сан/-сэн) double as relative clauses ("таны буруу шилжүүлсэн гүйлгээ",
            #   the payment you sent by mistake), so blame phrases carry a subject or a closing particle, and
            #   the innocent continuations are exceptions.
            # - ү and ө are their own letters. Agents on Russian layouts type у for ү and о for ө, and Latin
            #   y / o inside a word read as у / о, so the key words are also listed in that spelling.
            rules:
              # R1, R2: never criticise the client; no flat contradiction.
              - id: mn.criticizing-client.blame
                category: criticizing-client
                action: block
                seed: R1
                notice: Үйлчлүүлэгчийг ямар ч шалтгаанаар буруутгаж болохгүй; бичгээр буруутгах нь маргааныг хурцатгаж, бүртгэлд үлддэг.
                suggestion: Алхмуудыг хамтдаа дахин хийж үзье.
                phrases:
                  - таны буруу
                  - таны л буруу
                  - чиний буруу
                  - чиний л буруу
                  - таны буруугаас
                  - чиний буруугаас
                  - таны өөрийнхөө буруу
                  - өөрийнхөө л буруу
                  - буруу нь таных
                  - буруу нь чинийх
                  - та буруутай
                  - та л буруутай
                  - чи буруутай
                  - та өөрөө буруу*
                  - та өөрөө л буруу*
                  - чи өөрөө буруу*
                  - өөрөө л буруутай
                  - өөрөө буруу оруул*
                  - өөрөө буруу хий*
                  - өөрөө буруу дар*
                  - өөрөө эвдсэн
                  - та эвдсэн
                  - та эвдчихсэн
                  - таны алдаа
                  - таны л алдаа
                  - чиний алдаа
                  - хэрэглэгчийн алдаа
                  - та буруу хий*
                  - чи буруу хий*
                  - бүгдийг буруу хий*
                  - буруу хийчихсэн байна
                  - та буруу оруул*
                  - чи буруу оруул*
                  - та буруу бич*
                  - та буруу дар*
                  - нууц үгээ буруу оруулсан
                  - нууц үгээ буруу оруулчихсан
                  - нууц үгээ буруу оруулжээ
                  - кодоо буруу оруулсан
                  - кодоо буруу оруулчихсан
                  - дугаараа буруу оруулсан
                  - дугаараа буруу оруулчихсан
                  - хаягаа буруу оруулсан
                  - хаягаа буруу оруулчихсан
                  - хаягаа буруу бичсэн
                  - мэдээллээ буруу оруулсан
                  - мэдээллээ буруу оруулчихсан
                  - та эвдчихээд
                  # Russian-layout spelling (у for ү, о for ө)
                  - та оороо буруу*
                  - оороо буруу оруул*
                  - оороо буруу хий*
                  - бугдийг буруу хий*
                  - нууц угээ буруу оруулсан
                exceptions:
                  - таны буруу биш
                  - таны буруу бишээ
                  - таны буруу огт биш
                  - таны буруу байгаагүй
                  - таны буруу байхгүй
                  - таны алдаа биш
                  - таны алдаа огт биш
                  - таны алдаа байгаагүй
                  - чиний буруу биш
                  - хэрэглэгчийн алдаа биш
                  - та буруутай биш
                  - таны буруу шилжүүл*
                  - таны буруу илгээ*
                  - таны буруу төл*
                  - таны буруу хийгдсэн
                  - таны буруу гүйлгээ*
                  - таны буруу захиал*
                  - нууц үгээ буруу оруулсан тохиолдолд
                  - нууц үгээ буруу оруулсан бол
                  - кодоо буруу оруулсан тохиолдолд
                  - кодоо буруу оруулсан бол
                  - дугаараа буруу оруулсан тохиолдолд
                  - дугаараа буруу оруулсан бол
                  - хаягаа буруу оруулсан тохиолдолд
                  - хаягаа буруу оруулсан бол
                  - мэдээллээ буруу оруулсан тохиолдолд
                  - мэдээллээ буруу оруулсан бол
                  - та буруу оруулсан бол
                  - та буруу оруулсан тохиолдолд
                  - та буруу хийсэн бол
                  - та буруу хийхгүй*
                  - та буруу дарсан бол
                  - та буруу хийсэн гүйлгээ*
                  - бид буруу хийчихсэн байна
                  - би буруу хийчихсэн байна
                  - би өөрөө буруу оруул*
                  - би өөрөө буруу хий*
                  - би өөрөө буруу дар*
                examples:
                  match:
                    - Энэ таны буруу, та нууц үгээ буруу оруулсан.
                    - Та бүгдийг буруу хийсэн байна.
                    - Өөрөө л буруутай шүү дээ, бид юу ч хийгээгүй.
                    - Та өөрөө буруу оруулчихаад одоо биднийг буруутгаж байна.
                    - Үнэнийг хэлэхэд энэ хэрэглэгчийн алдаа.
                    - Та кодоо буруу оруулсан учраас ажиллахгүй байна.
                  no-match:
                    - Энэ таны буруу биш, холбоосын хугацаа дууссан байна.
                    - Таны буруу шилжүүлсэн гүйлгээг буцаах хүсэлтийг хүлээн авлаа.
                    - Нууц үгээ буруу оруулсан тохиолдолд дахин оролдоно уу.
                    - Алхмуудыг хамтдаа дахин хийж үзье.
                    - Таны алдааны мэдээллийг техникийн багт илгээлээ.

              - id: mn.criticizing-client.hindsight
                category: criticizing-client
                action: block
                seed: R1
                notice: Үйлчлүүлэгч юу хийх ёстой байсныг хэлэх нь түүнийг шүүмжилж байгаа хэрэг; одоо хамаарах зүйлийг нь зааж өгөөрэй.
                suggestion: Таны тохиолдолд хамаарах заалт энэ байна.
                phrases:
                  - анхааралтай унших хэрэгтэй байсан
                  - анхааралтай унших ёстой байсан
                  - анхааралтай уншсан бол
                  - та унших хэрэгтэй байсан
                  - та унших ёстой байсан
                  - та уншсан байх ёстой
                  - нөхцөлийг унших хэрэгтэй байсан
                  - нөхцөлийг унших ёстой байсан
                  - нөхцөлөө унших хэрэгтэй байсан
                  - нөхцөлөө унших ёстой байсан
                  - зааврыг унших хэрэгтэй байсан
                  - зааврыг унших ёстой байсан
                  - унших л байсан
                  - та шалгах хэрэгтэй байсан
                  - та шалгах ёстой байсан
                  - урьдчилан шалгах ёстой байсан
                  - урьдчилан шалгах хэрэгтэй байсан
                  - урьдчилж шалгах ёстой байсан
                  - урьдчилж шалгах хэрэгтэй байсан
                  - шалгах л байсан
                  - та мэдэх ёстой байсан
                  - та мэдэх хэрэгтэй байсан
                  - та асуух ёстой байсан
                  - та асуух хэрэгтэй байсан
                  - та анхаарах ёстой байсан
                  - та анхаарах хэрэгтэй байсан
                  - анхаарал хандуулах ёстой байсан
                  - анхаарал хандуулах хэрэгтэй байсан
                  - та хадгалах ёстой байсан
                  - чекээ хадгалах ёстой байсан
                  - чекээ хадгалах хэрэгтэй байсан
                  - баримтаа хадгалах ёстой байсан
                  - баримтаа хадгалах хэрэгтэй байсан
                  - уншсан бол мэдэх байсан
                  - уншсан бол ойлгох байсан
                  - уншсан бол ийм
                  - та уншаагүй юу
                  - та уншаагүй юм уу
                  - уншаагүй юм уу
                  - уншаагүй юм биз
                  - та уншаагүй байна
                  - та анхааралтай уншаагүй
                  - та нөхцөлөө уншаагүй
                  - та нөхцөлийг уншаагүй
                  - та зааврыг уншаагүй
                  - уншиж чадахгүй юу
                  - уншиж чадахгүй юм уу
                  - уншиж сур
                  - уншиж сураарай
                  - эхлээд нөхцөлөө унш
                  - эхлээд нөхцөлийг унш
                  - эхлээд зааврыг унш
                  - эхлээд заавраа унш
                  - нүдээ нээгээд унш*
                  # Russian-layout spelling
                  - нохцолийг унших хэрэгтэй байсан
                  - нохцолоо унших ёстой байсан
                exceptions:
                  - та уншаагүй бол
                  - та уншаагүй байгаа бол
                  - та уншаагүй байж магадгүй
                examples:
                  match:
                    - Нөхцөлийг анхааралтай унших хэрэгтэй байсан.
                    - Та нөхцөлөө уншаагүй юу?
                    - Анхааралтай уншсан бол ийм асуудал гарахгүй байсан.
                    - Та чекээ хадгалах ёстой байсан.
                  no-match:
                    - Танд мэдэгдэл ирэх ёстой байсан, шалгаад хэлье.
                    - Хэрэв та имэйлийг уншаагүй бол доорх холбоосоор орж үзнэ үү.
                    - Таны тохиолдолд хамаарах заалт энэ байна.
                    - Гарын авлагыг уншиж амжсан уу?

              - id: mn.criticizing-client.contradiction
                category: criticizing-client
                action: block
                seed: R2
                notice: Шууд эсэргүүцэх нь маргаан үүсгэдэг; оронд нь шалгаад юу харагдаж байгааг тайлбарлаарай.
                suggestion: Системд юу харагдаж байгааг шалгаад тодруулъя.
                phrases:
                  - та андуурч байна
                  - та андуурч байгаа
                  - та андуурчээ
                  - та андуурлаа
                  - та андуурсан байна
                  - та андуураад байна
                  - та л андуурч
                  - чи андуурч байна
                  - чи андуурчээ
                  - та эндүүрч байна
                  - та эндүүрсэн байна
                  - та буруу байна
                  - та буруу байгаа
                  - чи буруу байна
                  - та буруу ярьж байна
                  - та буруу ойлгосон
                  - та буруу ойлгож байна
                  - та буруу ойлгоод байна
                  - та буруу ойлгочихсон
                  - та ойлгохгүй байна
                  - та ойлгохгүй байгаа
                  - та ойлгохгүй юм
                  - та ойлгосонгүй
                  - та ойлгоогүй байна
                  - та юу ч ойлгоогүй
                  - та юу ч ойлгохгүй
                  - чи ойлгохгүй байна
                  - чи юу ч ойлгохгүй
                  - та намайг сонсохгүй
                  - та сонсохгүй байна
                  - та намайг сонсоогүй
                  - та миний бичсэнийг уншихгүй
                  - та миний бичсэнийг уншаагүй
                  - энэ худлаа
                  - та худлаа ярь*
                  - та худлаа яри*
                  - та худлаа хэл*
                  - чи худлаа ярь*
                  - худлаа ярьж байна
                  - таны хэлсэн худлаа
                  - хэлсэн чинь худлаа
                  - дэмий юм ярь*
                  - дэмий юм яри*
                  - дэмий юм бич*
                  - утгагүй юм ярь*
                  - утгагүй юм яри*
                  - тэнэг юм ярь*
                  - тэнэг юм яри*
                exceptions:
                  - энэ худлаа мэдээ*
                  - энэ худлаа зар*
                  - энэ худлаа вэб*
                  - энэ худлаа сайт*
                examples:
                  match:
                    - Үгүй ээ, та андуурч байна.
                    - Та ойлгохгүй байна, энэ тэгж ажилладаггүй.
                    - Энэ худлаа, бид хоёр удаа төлбөр аваагүй.
                    - Та буруу ойлгосон байна.
                  no-match:
                    - Хэрэв та ойлгохгүй байвал надад хэлээрэй.
                    - Хэрэв та андуурч шилжүүлсэн бол бидэнд мэдэгдэнэ үү.
                    - Энэ худлаа мэдээлэл, манай компани ийм урамшуулал зарлаагүй.
                    - Системд юу харагдаж байгааг шалгаад тодруулъя.

              # R3: don't bad-mouth competitors.
              - id: mn.disparaging-competitors
                category: disparaging-competitors
                action: block
                seed: R3
                notice: Бусад компанийг үнэн байсан ч муулж болохгүй; тэдний нөхцөлийг мэдэхгүй гэж хэлээд манай үйлчилгээний тухай ярь.
                suggestion: Бусад компанийн нөхцөлийг би сайн мэдэхгүй, харин манай нөхцөлийг дэлгэрэнгүй танилцуулъя.
                phrases:
                  - тэд луйвар*
                  - тэд бол луйвар*
                  - тэд чинь луйвар*
                  - тэднийх луйвар*
                  - тэднийх чинь луйвар*
                  - тэр компани луйвар*
                  - тэр компани чинь луйвар*
                  - тэр дэлгүүр луйвар*
                  - тэд хулгайч*
                  - тэд бол хулгайч*
                  - тэд залилан*
                  - тэд залилагч*
                  - тэд хууран мэх*
                  - тэд таныг хуур*
                  - тэд хүмүүсийг хуур*
                  - тэд хүнийг хуур*
                  - тэдэнтэй битгий харьц*
                  - тэдэнтэй битгий холбогд*
                  - тэдэнтэй битгий ажилл*
                  - тэднээс битгий ав*
                  - тэднээс битгий худалдаж ав*
                  - тэднийхээс битгий ав*
                  - тэднийг битгий сонго*
                  - тэднээс хол бай*
                  - тэднээс зайлсхий*
                  - тэдний үйлчилгээ муу*
                  - тэдний үйлчилгээ маш муу*
                  - тэдний үйлчилгээ тааруу
                  - тэдний үйлчилгээ аймшиг*
                  - тэдний үйлчилгээ хог*
                  - тэдний үйлчилгээ чанаргүй
                  - тэдний үйлчилгээ инээдтэй
                  - тэдний дэмжлэг инээдтэй
                  - тэдний бараа чанаргүй
                  - тэдний бараа маш чанаргүй
                  - тэдний бараа муу*
                  - тэдний бараа хог*
                  - тэдний бүтээгдэхүүн чанаргүй
                  - тэдний бүтээгдэхүүн муу*
                  - тэдний бүтээгдэхүүн хог*
                  - тэдний чанар муу*
                  - тэдний чанар маш муу*
                  - тэдний чанар тааруу
                  - тэдний чанар аймшиг*
                  - тэднийх чанаргүй
                  - тэднийх муу*
                  - тэднийх хог*
                  - тэр компани муу*
                  - тэр компанийн үйлчилгээ муу*
                  # Russian-layout spelling
                  - тэдний уйлчилгээ муу*
                  - тэдний уйлчилгээ маш муу*
                  - тэдний бараа чанаргуй
                  - тэдний бутээгдэхуун чанаргуй
                examples:
                  match:
                    - Тэд луйварчид, тэдэнтэй битгий холбогдоорой.
                    - Тэдний үйлчилгээ маш муу.
                    - Тэдний бараа чанаргүй.
                    - Тэднээс битгий аваарай, тэд таныг хуурна.
                  no-match:
                    - Манай нэрийг ашигласан луйварчдаас болгоомжтой байгаарай.
                    - Тэдний оффис ням гарагт амардаг гэж сонссон.
                    - Бусад компанийн нөхцөлийг би сайн мэдэхгүй, харин манай нөхцөлийг дэлгэрэнгүй танилцуулъя.
                    - Чанаргүй бараа буцаах журам манай сайтад байгаа.

              # R4, R5: no slang or in-house terms.
              - id: mn.slang-jargon
                category: slang-jargon
                action: warn
                seed: R4
                notice: Хар яриа, дотоод нэр томьёог үйлчлүүлэгч ойлгохгүй байж магадгүй; ойлгомжтой, албан ёсны үг хэрэглээрэй.
                suggestion: Таны хүсэлтийг техникийн багт одоо шилжүүлж байна.
                phrases:
                  # ok
                  - phrase: ок
                    suggestion: за
                  - phrase: окей
                    suggestion: за
                  - phrase: окэй
                    suggestion: за
                  - phrase: оки
                    suggestion: за
                  # ticket
                  - phrase: тикетийг чинь l2 руу
                    suggestion: таны хүсэлтийг техникийн багт
                  - phrase: тикетийг тань l2 руу
                    suggestion: таны хүсэлтийг техникийн багт
                  - phrase: тикетийг l2 руу
                    suggestion: хүсэлтийг техникийн багт
                  - phrase: хүсэлтийг чинь l2 руу
                    suggestion: таны хүсэлтийг техникийн багт
                  - phrase: хүсэлтийг тань l2 руу
                    suggestion: таны хүсэлтийг техникийн багт
                  - phrase: хүсэлтийг l2 руу
                    suggestion: хүсэлтийг техникийн багт
                  - phrase: асуудлыг l2 руу
                    suggestion: асуудлыг техникийн багт
                  - phrase: асуудлыг тань l2 руу
                    suggestion: таны асуудлыг техникийн багт
                  - phrase: асуудлыг чинь l2 руу
                    suggestion: таны асуудлыг техникийн багт
                  - phrase: үүнийг l2 руу
                    suggestion: үүнийг техникийн багт
                  - phrase: тикетийг чинь
                    suggestion: таны хүсэлтийг
                  - phrase: тикет чинь
                    suggestion: таны хүсэлт
                  - phrase: тикетэд чинь
                    suggestion: таны хүсэлтэд
                  - phrase: таны тикет
                    suggestion: таны хүсэлт
                  - phrase: тикет тань
                    suggestion: таны хүсэлт
                  - phrase: тикетийг тань
                    suggestion: таны хүсэлтийг
                  - phrase: тикетийг
                    suggestion: хүсэлтийг
                  - phrase: тикетийн
                    suggestion: хүсэлтийн
                  - phrase: тикетэд
                    suggestion: хүсэлтэд
                  - phrase: тикетээ
                    suggestion: хүсэлтээ
                  - phrase: тикетээр
                    suggestion: хүсэлтээр
                  - phrase: тикетүүд*
                    suggestion: хүсэлтүүд
                  - phrase: тикет нээ*
                    suggestion: хүсэлт илгээ
                  - phrase: тикет үүсг*
                    suggestion: хүсэлт үүсг
                  - phrase: тикет гарг*
                    suggestion: хүсэлт гарг
                  - phrase: тикет байна
                    suggestion: хүсэлт байна
                  - phrase: тикет ирсэн
                    suggestion: хүсэлт ирсэн
                  # escalation to the second line
                  - phrase: l2 руу
                    suggestion: техникийн багт
                  - phrase: l2 баг
                    suggestion: техникийн мэргэжилтнүүд
                  - phrase: l2 багт
                    suggestion: техникийн багт
                  - phrase: l2 луу
                    suggestion: техникийн багт
                  - phrase: л2
                    suggestion: техникийн мэргэжилтнүүд
                  - phrase: л2 руу
                    suggestion: техникийн багт
                  # update
                  - phrase: апдейт дээр
                    suggestion: шинэчлэлт дээр
                  - phrase: апдейт нь
                    suggestion: шинэчлэлт нь
                  - phrase: апдейт суулг*
                    suggestion: шинэчлэлт суулг
                  - phrase: апдейт гар*
                    suggestion: шинэчлэлт гар
                  - phrase: апдейт ир*
                    suggestion: шинэчлэлт ир
                  - phrase: апдейтаар
                    suggestion: шинэчлэлтээр
                  - phrase: апдейтээр
                    suggestion: шинэчлэлтээр
                  - phrase: апдейтэд
                    suggestion: шинэчлэлтэд
                  - phrase: апдейтад
                    suggestion: шинэчлэлтэд
                  - phrase: апдейтийн
                    suggestion: шинэчлэлтийн
                  - phrase: апдейтийг
                    suggestion: шинэчлэлтийг
                  - phrase: апдейт хий
                    suggestion: шинэчил
                  - phrase: апдейт хийгээрэй
                    suggestion: шинэчлээрэй
                  - phrase: апдейт хийнэ үү
                    suggestion: шинэчилнэ үү
                  - phrase: апдейт хийх
                    suggestion: шинэчлэх
                  - phrase: апдейт хийгээд
                    suggestion: шинэчлээд
                  - phrase: апдэйт
                    suggestion: шинэчлэлт
                  - phrase: апдэйтаар
                    suggestion: шинэчлэлтээр
                  - phrase: апдэйтээр
                    suggestion: шинэчлэлтээр
                  - phrase: апдэйт хий
                    suggestion: шинэчил
                  - phrase: апдэйт*
                    suggestion: шинэчлэлт
                  # fix
                  - phrase: фикслэнэ
                    suggestion: засна
                  - phrase: фикслэх
                    suggestion: засах
                  - phrase: фикслэсэн
                    suggestion: зассан
                  - phrase: фикслээд
                    suggestion: засаад
                  - phrase: фикслэе
                    suggestion: засъя
                  - phrase: фикслэгдэнэ
                    suggestion: засагдана
                  - phrase: фикслэгдсэн
                    suggestion: засагдсан
                  - phrase: фикс хийнэ
                    suggestion: засна
                  - phrase: фикс хийх
                    suggestion: засах
                  - phrase: фикс хийсэн
                    suggestion: зассан
                  - phrase: фикс хийгдэнэ
                    suggestion: засагдана
                  - phrase: фикс
                    suggestion: засвар
                  - phrase: фикс*
                    suggestion: засвар
                  # bug ("баг" alone is "team": only the bug senses)
                  - phrase: баг гарсан
                    suggestion: алдаа гарсан
                  - phrase: баг гарч
                    suggestion: алдаа гарч
                  - phrase: баг гарчээ
                    suggestion: алдаа гарчээ
                  - phrase: баг гараад
                    suggestion: алдаа гараад
                  - phrase: баг гарлаа
                    suggestion: алдаа гарлаа
                  - phrase: багийг засна
                    suggestion: алдааг засна
                  - phrase: багийг засах
                    suggestion: алдааг засах
                  - phrase: багийг засаж
                    suggestion: алдааг засаж
                  - phrase: багийг фикслэнэ
                    suggestion: алдааг засна
                  - phrase: мэдэгдэж буй баг
                    suggestion: мэдэгдэж буй алдаа
                  - phrase: багтай байна
                    suggestion: алдаатай байна
                  # restart, reset
                  - phrase: рестарт хий
                    suggestion: унтрааж асаа
                  - phrase: рестарт хийгээрэй
                    suggestion: унтрааж асаагаарай
                  - phrase: рестарт хийнэ үү
                    suggestion: унтрааж асаана уу
                  - phrase: рестарт хийгээд
                    suggestion: унтрааж асаагаад
                  - phrase: рестарт хийж
                    suggestion: унтрааж асааж
                  - phrase: рестарт хийх
                    suggestion: унтрааж асаах
                  - phrase: рестартлаад
                    suggestion: унтрааж асаагаад
                  - phrase: рестартлаарай
                    suggestion: унтрааж асаагаарай
                  - phrase: рестартлах
                    suggestion: унтрааж асаах
                  - phrase: ресет хий
                    suggestion: сэргээ
                  - phrase: ресет хийгээрэй
                    suggestion: сэргээгээрэй
                  - phrase: ресет хийнэ үү
                    suggestion: сэргээнэ үү
                  - phrase: ресет хийгээд
                    suggestion: сэргээгээд
                  - phrase: ресет хийх
                    suggestion: сэргээх
                  # log in / log out
                  - phrase: логин хий
                    suggestion: нэвтэр
                  - phrase: логин хийгээрэй
                    suggestion: нэвтрээрэй
                  - phrase: логин хийнэ үү
                    suggestion: нэвтэрнэ үү
                  - phrase: логин хийх
                    suggestion: нэвтрэх
                  - phrase: логин хийж
                    suggestion: нэвтэрч
                  - phrase: логин хийгээд
                    suggestion: нэвтрээд
                  - phrase: логин хийсэн
                    suggestion: нэвтэрсэн
                  - phrase: логиндоорой
                    suggestion: нэвтрээрэй
                  - phrase: логиндох
                    suggestion: нэвтрэх
                  - phrase: логиндоод
                    suggestion: нэвтрээд
                  - phrase: логинаа
                    suggestion: нэвтрэх нэрээ
                  - phrase: логин
                    suggestion: нэвтрэх нэр
                  - phrase: логаут хий
                    suggestion: гар
                  - phrase: логаут хийгээд
                    suggestion: гараад
                  - phrase: логаут
                    suggestion: системээс гарах
                  - phrase: релог хий
                    suggestion: гараад дахин нэвтэр
                  - phrase: релогин
                    suggestion: гараад дахин нэвтрэх
                  # other loanwords with an official term
                  - phrase: пасворд
                    suggestion: нууц үг
                  - phrase: пасвордоо
                    suggestion: нууц үгээ
                  - phrase: пасвордыг
                    suggestion: нууц үгийг
                  - phrase: линк
                    suggestion: холбоос
                  - phrase: линкээр
                    suggestion: холбоосоор
                  - phrase: линкийг
                    suggestion: холбоосыг
                  - phrase: линк дээр
                    suggestion: холбоос дээр
                  - phrase: скрин
                    suggestion: дэлгэцийн зураг
                  - phrase: скриншот ав*
                    suggestion: дэлгэцийн зураг ав
                  - phrase: скриншот явуул*
                    suggestion: дэлгэцийн зураг явуул
                  - phrase: скриншот илг*
                    suggestion: дэлгэцийн зураг илг
                  - phrase: скриншотоо
                    suggestion: дэлгэцийн зургаа
                  - phrase: скриншотыг
                    suggestion: дэлгэцийн зургийг
                  - phrase: чеклээд
                    suggestion: шалгаад
                  - phrase: чеклэе
                    suggestion: шалгая
                  - phrase: чеклэнэ
                    suggestion: шалгана
                  - phrase: чеклэх
                    suggestion: шалгах
                  - phrase: дараагийн билд
                    suggestion: дараагийн шинэчлэлт
                  - phrase: дараагийн билдэд
                    suggestion: дараагийн шинэчлэлтэд
                  # chat shorthand
                  - phrase: сори
                    suggestion: уучлаарай
                  - phrase: сэнкс
                    suggestion: баярлалаа
                  - phrase: сенкс
                    suggestion: баярлалаа
                  - phrase: сэнкью
                    suggestion: баярлалаа
                  - phrase: хаха
                    suggestion: ""
                  - phrase: хахаха
                    suggestion: ""
                  - phrase: хахахаха
                    suggestion: ""
                  - phrase: хэхэ
                    suggestion: ""
                  - phrase: лол
                    suggestion: ""
                  - phrase: сн бну
                    suggestion: сайн байна уу
                  - phrase: бну
                    suggestion: байна уу
                  - phrase: бн
                    suggestion: байна
                  - phrase: бна
                    suggestion: байна
                  - phrase: бсн
                    suggestion: байсан
                  - phrase: бх
                    suggestion: байх
                  - phrase: бхгүй
                    suggestion: байхгүй
                  - phrase: мэдку
                    suggestion: мэдэхгүй
                  - phrase: мэдкүй
                    suggestion: мэдэхгүй
                examples:
                  match:
                    - Ок, тикетийг чинь L2 руу шилжүүлье.
                    - Системд баг гарсан, дараагийн апдейтаар фикслэнэ.
                    - Рестарт хийгээд дахиж логин хий.
                    - сори, линкийг дахиад явуулъя хаха
                  no-match:
                    - За, таны хүсэлтийг техникийн багт шилжүүлье.
                    - Манай техникийн баг асуудлыг шалгаж байна.
                    - Төхөөрөмжөө унтрааж асаагаад дахин нэвтэрнэ үү.
                    - Чекээ хадгалаарай, баталгаат засварт хэрэг болно.

              # R6: no irritation or aggression.
              - id: mn.emotional-outburst
                category: emotional-outburst
                action: block
                seed: R6
                notice: Уцаарлах, түрэмгийлэхийг хориглоно; тайван байж, зөвхөн сайн санаа илэрхийлээрэй.
                suggestion: Өөрөөр, алхам алхмаар тайлбарлая.
                phrases:
                  - гурван удаа тайлбарла*
                  - хоёр удаа тайлбарласан
                  - олон удаа тайлбарла*
                  - хэдэн удаа тайлбарла*
                  - хэдэн удаа хэл*
                  - хэд дахь удаагаа
                  - хэдэн ч удаа хэл*
                  - мянган удаа хэлсэн
                  - тайлбарласан шүү дээ
                  - тайлбарлачихсан шүү дээ
                  - тайлбарласан биз дээ
                  - хэлсэн шүү дээ
                  - хэлчихсэн шүү дээ
                  - хэлсэн биз дээ
                  - бичсэн шүү дээ
                  - аль хэдийн тайлбарласан шүү
                  - аль хэдийн хэлсэн шүү
                  - аль хэдийн тайлбарлачихсан
                  - аль хэдийн хэлчихсэн
                  - сүүлчийн удаа хэлье
                  - сүүлчийн удаа хэлж байна
                  - сүүлчийн удаа тайлбарлая
                  - сүүлийн удаа хэлье
                  - сүүлийн удаа хэлж байна
                  - намайг тохуурх*
                  - та тохуурх*
                  - тохуурхаж байна уу
                  - намайг шоол*
                  - шоолж байна уу
                  - надтай тогло*
                  - юу яриад байгаа юм
                  - юу яриад байна аа
                  - юу хүсээд байгаа юм
                  - залхлаа
                  - залхаж байна
                  - залхаж дууслаа
                  - залхчихлаа
                  - залхсан шүү
                  - залхмаар юм
                  - ярианаас залх*
                  - тэвчээр барагд*
                  - тэвчээр минь барагд*
                  - тэвчээр алдагдлаа
                  - уур минь хүр*
                  - миний уур хүр*
                  - амаа тат
                  - амаа хамх
                  - дуугүй бай
                  - та тэнэг
                  - чи тэнэг
                  - тэнэг юм уу
                  - тэнэг үү
                  - ухаангүй юм уу
                  - новш*
                  # Russian-layout spelling
                  - юу хусээд байгаа юм
                exceptions:
                  - тэнэг асуулт*
                  - зөв хэлсэн шүү дээ
                  - үнэн хэлсэн шүү дээ
                  - зөв бичсэн шүү дээ
                  - та тэнэг асуулт*
                examples:
                  match:
                    - Би танд гурван удаа тайлбарласан шүү дээ!!!
                    - Та намайг тохуурхаж байна уу?
                    - Би энэ ярианаас залхлаа.
                    - Хэдэн удаа хэлэх вэ, код баримт дээр байгаа.
                  no-match:
                    - Өөрөөр, алхам алхмаар тайлбарлая.
                    - Тэвчээртэй хүлээсэнд баярлалаа!
                    - Өмнөх мессежэндээ тайлбарласан алхмуудыг дахин илгээлээ.
                    - Тэнэг асуулт гэж байхгүй, чөлөөтэй асуугаарай.

              # R10, R11: no superiority.
              - id: mn.superiority
                category: superiority
                action: flag
                seed: R10
                notice: Давуу байдал гаргах, үйлчлүүлэгчийг "байранд нь суулгах" гэж оролдох хэрэггүй; оронд нь илүү эелдэг хандаарай.
                suggestion: Манай туршлагаар энэ сонголт ихэвчлэн тохиромжтой байдаг, гэхдээ шийдвэр таных.
                phrases:
                  - би мэргэжилтэн шүү
                  - би мэргэжилтэн л дээ
                  - би энд мэргэжилтэн
                  - мэргэжилтэн нь би
                  - би мэргэжилтэн учраас
                  - би илүү сайн мэднэ
                  - би илүү мэднэ
                  - би танаас илүү мэднэ
                  - би танаас илүү сайн мэднэ
                  - би чамаас илүү мэднэ
                  - танаас илүү сайн мэднэ
                  - надаас илүү мэдэх үү
                  - надаас илүү мэдэх юм уу
                  - би юу ярьж байгаагаа мэднэ
                  - юу ярьж байгаагаа мэдэж байна
                  - надад итгэ би мэднэ
                  - энгийн зүйл шүү дээ
                  - энгийн юм шүү дээ
                  - энгийн зүйл биз дээ
                  - энэ чинь энгийн
                  - энэ чинь амархан
                  - амархан юм шүү дээ
                  - амархан зүйл шүү дээ
                  - энэ чинь анхан шатны
                  - анхан шатны юм шүү
                  - хүүхэд ч хий*
                  - хүүхэд хүртэл хий*
                  - хүүхэд ч ойлго*
                  - хүүхэд хүртэл ойлго*
                  - хүүхэд ч мэд*
                  - хүүхэд хүртэл мэд*
                  - хүүхэд ч чад*
                  - хүүхэд хүртэл чад*
                  - хэн ч хийчихнэ
                  - хэн ч хийж чадна
                  - хүн бүр мэддэг
                  - хүн бүр мэднэ
                  - хүн бүхэн мэддэг
                  - энгийн логик шүү
                  - толгойгоо ажиллуул*
                  - ухаанаа ажиллуул*
                  - би л зөв
                  - миний л зөв
                  - ийм энгийн зүйлийг
                  - ийм энгийн юмыг
                  # Russian-layout spelling
                  - хуухэд ч хий*
                  - хуухэд хуртэл хий*
                  - хуухэд ч ойлго*
                  - хун бур мэддэг
                exceptions:
                  - хүн бүр мэдэхгүй
                  - хүн бүр мэддэггүй
                  - ийм энгийн зүйлийг ч
                examples:
                  match:
                    - Би мэргэжилтэн шүү дээ, илүү сайн мэднэ.
                    - Энэ чинь энгийн зүйл шүү дээ.
                    - Үүнийг хүүхэд ч хийчихнэ.
                    - Би танаас илүү мэднэ, надад итгэ.
                  no-match:
                    - Манай туршлагаар энэ сонголт ихэвчлэн тохиромжтой байдаг, гэхдээ шийдвэр таных.
                    - Би мэргэжилтэн Болд байна, танд туслахад бэлэн.
                    - Хүүхэд ч, насанд хүрэгчид ч энэ аппыг ашиглах боломжтой.
                    - Та өөрийнхөө хэрэгцээг илүү сайн мэднэ, бид зөвхөн санал болгож байна.

              # R12, R13: no indifference or defensive denials.
              - id: mn.dismissive
                category: dismissive
                action: flag
                seed: R12
                notice: Хайхрамжгүй хандлага бол сэтгэл дундуур байдлын гол шалтгаан; юу хийж чадахаа, хэн тусалж чадахыг хэлээрэй.
                suggestion: Үүнийг хэн шийдэж чадахыг тодруулаад хүсэлтийг тань шилжүүлье.
                phrases:
                  - миний асуудал биш
                  - манай асуудал биш
                  - бидний асуудал биш
                  - миний ажил биш
                  - миний хийх ажил биш
                  - миний хариуцах зүйл биш
                  - миний хариуцлага биш
                  - манай хариуцлага биш
                  - бид хариуцахгүй
                  - бид хариуцлага хүлээхгүй
                  - манайх хариуцахгүй
                  - бид буруугүй
                  - манайх буруугүй
                  - манай буруу биш
                  - бидний буруу биш
                  - манай буруу байхгүй
                  - манай буруу юу байх вэ
                  - бидэнд хамаагүй
                  - надад хамаагүй
                  - манайд хамаагүй
                  - миний хамаа биш
                  - надаас шалтгаалахгүй
                  - биднээс шалтгаалахгүй
                  - надаас хамаарахгүй
                  - би юу ч хийж чадахгүй
                  - бид юу ч хийж чадахгүй
                  - би юу ч хийх боломжгүй
                  - бид юу ч хийх боломжгүй
                  - надад хийх юм алга
                  - танд тусалж чадахгүй
                  - би тусалж чадахгүй
                  - бид тусалж чадахгүй
                  - чамд тусалж чадахгүй
                  - өөрөө мэд
                  - өөрөө мэдээрэй
                  - тэгвэл тэг
                  - хүргэлтийнхний буруу
                  - хүргэлтийнхэн л буруутай
                  - хүргэлтийн компанийн буруу
                  # Russian-layout spelling
                  - бид буруугуй
                  - бид юу ч хийж чадахгуй
                  - танд тусалж чадахгуй
                exceptions:
                  - танд тусалж чадахгүй бол
                  - танд тусалж чадахгүй байвал
                  - би тусалж чадахгүй бол
                  - бид тусалж чадахгүй бол
                  - би юу ч хийж чадахгүй бол
                  - бид юу ч хийж чадахгүй бол
                  - танд тусалж чадахгүй зүйл гэж байхгүй
                  - бид хариуцахгүй гэсэн үг биш
                examples:
                  match:
                    - Энэ миний асуудал биш.
                    - Бид буруугүй, хүргэлтийнхэн алдсан.
                    - Би юу ч хийж чадахгүй.
                    - Уучлаарай, энэ асуудлаар би танд тусалж чадахгүй.
                  no-match:
                    - Үүнийг хэн шийдэж чадахыг тодруулаад хүсэлтийг тань шилжүүлье.
                    - Хоцорсонд уучлаарай, хүргэлтийн компанитай хайлт эхлүүлж байна.
                    - Одоо хийж чадах зүйл маань энэ байна.
                    - Хэрэв би танд тусалж чадахгүй бол ахлах мэргэжилтэнд шилжүүлнэ.

              # R7: don't deny an angry client's feelings.
              - id: mn.invalidating-feelings
                category: invalidating-feelings
                action: flag
                seed: R7
                notice: Үйлчлүүлэгчийн мэдрэмжийг үгүйсгэх нь уурыг нь улам нэмдэг; мэдрэмжийг нь хүлээн зөвшөөрч, туслаарай.
                suggestion: Энэ таагүй байгааг ойлгож байна, хамтдаа шийдье.
                phrases:
                  - тайвшир
                  - тайвшир л дээ
                  - тайвширна уу
                  - тайвшрана уу
                  - тайвшраарай
                  - тайвширчих
                  - тайвширч үзээрэй
                  - тайвшрах хэрэгтэй
                  - тайвшрахыг хүсье
                  - тайван бай
                  - тайван байгаарай
                  - тайван байна уу
                  - тайван байгаач
                  - битгий уурл*
                  - уурлах хэрэггүй
                  - уурлах хэрэг алга
                  - уурлах хэрэг байхгүй
                  - уурлах шалтгаан байхгүй
                  - уурлах шалтгаан алга
                  - уурлах шалтгаангүй
                  - уурлаад байх хэрэггүй
                  - уурлаад байх юм
                  - уурлаад яах вэ
                  - уурлаад яахав
                  - дэмий уурл*
                  - бухимдах хэрэггүй
                  - бухимдах шалтгаан байхгүй
                  - бухимдах шалтгаан алга
                  - бухимдаад байх хэрэггүй
                  - битгий бухимд*
                  - дэмий бухимд*
                  - гомдох хэрэггүй
                  - гомдоод байх хэрэггүй
                  - та хэтрүүлж байна
                  - та хэтрүүлээд байна
                  - хэтрүүлж ярьж байна
                  - хэтрүүлээд байна шүү
                  - битгий хэтрүүл
                  - та сэтгэл хөдлөөд
                  - хэт сэтгэл хөдлөөд
                  - та хэт эмзэг
                  - том асуудал биш
                  - юу ч биш шүү дээ
                  # Russian-layout spelling
                  - та хэтруулж байна
                  - та хэтруулээд байна
                exceptions:
                  - санаа тайван бай
                  - санаа тайван байгаарай
                  - санаа тайван байна уу
                  - санаа тайван байгаач
                  - сэтгэл тайван бай
                  - сэтгэл тайван байгаарай
                  - сэтгэл тайван байна уу
                examples:
                  match:
                    - Тайвшир.
                    - Уурлах шалтгаан байхгүй.
                    - Та хэтрүүлж байна.
                    - Битгий уурлаарай, энэ том асуудал биш.
                  no-match:
                    - Энэ таагүй байгааг ойлгож байна, хамтдаа шийдье.
                    - Санаа тайван байгаарай, таны мөнгө аюулгүй байна.
                    - Таны уурлах шалтгааныг ойлгож байна, одоо шалгаж байна.
                    - Зарлагын хязгаараа хэтрүүлсэн тул гүйлгээ амжилтгүй болсон байна.

              # R9: no pressure to agree.
              - id: mn.pressure-to-agree
                category: pressure-to-agree
                action: flag
                seed: R9
                notice: Хурдан "тийм" гэх хариу шахаж болохгүй; үйлчлүүлэгч бодох, татгалзах эрхтэй.
                suggestion: Яарах хэрэггүй, саналын дэлгэрэнгүйг доорх холбоосоос үзээрэй.
                phrases:
                  - та яг одоо шийдэх
                  - та одоо шийдэх
                  - яг одоо шийдээрэй
                  - одоо шийдээрэй
                  - яг одоо шийднэ үү
                  - яг одоо шийд
                  - одоохон шийдээрэй
                  - одоо л шийдэх
                  - шийдвэрээ яг одоо гарга*
                  - шийдвэрээ одоо гарга*
                  - та шийдэх ёстой
                  - зүгээр л зөвшөөрчих
                  - зүгээр л зөвшөөрөөрэй
                  - зүгээр л за гэ*
                  - за гэчих
                  - тийм гэж хэлээд л
                  - зүгээр л тийм гэ*
                  - харамсахгүй
                  - харамсахгуй
                  - алдвал харамсана
                  - авахгүй бол харамсана
                  - харамсана шүү
                  - ийм үнэ дахиж гарахгүй
                  - ийм үнэ дахин гарахгүй
                  - ийм үнэ дахиж байхгүй
                  - ийм үнэ дахин байхгүй
                  - ийм үнэ хэзээ ч
                  - ийм үнэ дахиж хэзээ ч
                  - ийм үнэ дахиад гарахгүй
                  - ийм хямдрал дахиж гарахгүй
                  - ийм хямдрал дахин гарахгүй
                  - ийм хямдрал хэзээ ч
                  - ийм боломж дахиж гарахгүй
                  - ийм боломж дахин гарахгүй
                  - ийм боломж дахиж олдохгүй
                  - ийм боломж дахин олдохгүй
                  - ийм боломж хэзээ ч
                  - сүүлчийн боломж
                  - сүүлийн боломж
                  - одоо биш бол хэзээ ч
                  - боломжоо битгий алд*
                  - боломжийг битгий алд*
                  - боломжийг бүү алд*
                  - боломжийг алдаж болохгүй
                  - боломжоо алдаж болохгүй
                  - зөвхөн өнөөдөр
                  - өнөөдөр л хүчинтэй
                  - санал өнөөдөр дуусна
                  - урамшуулал өнөөдөр дуусна
                  - хямдрал өнөөдөр дуусна
                  - юу бодоод байгаа юм
                  - юугаа бодоод байгаа юм
                  - юундаа эргэлзээд байгаа юм
                  - юунд эргэлзээд байгаа юм
                  - юу хүлээгээд байгаа юм
                  - юугаа хүлээгээд байгаа юм
                  # Russian-layout spelling
                  - суулчийн боломж
                  - зовхон оноодор
                exceptions:
                  - та яг одоо шийдэх шаардлагагүй
                  - та яг одоо шийдэх хэрэггүй
                  - та одоо шийдэх шаардлагагүй
                  - та одоо шийдэх хэрэггүй
                  - одоо л шийдэх шаардлагагүй
                  - та шийдэх ёстой биш
                examples:
                  match:
                    - Та яг одоо шийдэх хэрэгтэй.
                    - Зүгээр л зөвшөөрчих, харамсахгүй.
                    - Ийм үнэ дахиж хэзээ ч гарахгүй.
                    - Энэ сүүлчийн боломж шүү, юугаа бодоод байгаа юм?
                  no-match:
                    - Яарах хэрэггүй, саналын дэлгэрэнгүйг доорх холбоосоос үзээрэй.
                    - Одоогийн нөхцөл 6-р сарын 30 хүртэл хүчинтэй.
                    - Шийдэхээс өмнө асуулт байвал бичээрэй.
                    - Та яг одоо шийдэх шаардлагагүй, бодоод хариу өгөөрэй.

              # R8: no promises that can't be kept.
              - id: mn.false-promise
                category: false-promise
                action: flag
                seed: R8
                notice: Батлагдаагүй үр дүнг амлаж болохгүй; юу хийгдэж байгаа, хэзээ мэдээлэл өгөхөө хэлээрэй.
                suggestion: Манай мэргэжилтнүүд ажиллаж байна, мэдээлэл авмагц танд даруй мэдэгдэнэ.
                phrases:
                  - баталгаа өгье
                  - би баталгаа өгч байна
                  - бид баталгаа өгч байна
                  - би баталгаа өгнө
                  - бид баталгаа өгнө
                  - баталгаа өгөөд хэлье
                  - баталгаатай хэлье
                  - баталж хэлье
                  - баталж хэлж байна
                  - би баталж байна
                  - амлая
                  - би амлаж байна
                  - бид амлаж байна
                  - амлаж байна
                  - би амлаж чадна
                  - амлалт өгье
                  - амлалт өгч байна
                  - гэж амлая
                  - 100% баталгаа*
                  - 100% итгэлтэй
                  - 100% засагд*
                  - 100% шийдэгд*
                  - 100% ажиллана
                  - 100% дахиж
                  - 100% дахин
                  - 100% давтагдахгүй
                  - 100% буцаа*
                  - 100% ирнэ
                  - 100 хувь баталгаа*
                  - 100 хувь итгэлтэй
                  - 100 хувь засагд*
                  - 100 хувь шийдэгд*
                  - 100 хувь ажиллана
                  - 100 хувь давтагдахгүй
                  - зуун хувь баталгаа*
                  - зуун хувь итгэлтэй
                  - дахиж давтагдахгүй
                  - дахин давтагдахгүй
                  - хэзээ ч давтагдахгүй
                  - давтагдахгүй ээ
                  - давтагдахгүй шүү
                  - дахиж ийм зүйл болохгүй
                  - дахиж ийм юм болохгүй
                  - дахиж гарахгүй ээ
                  - дахиж гарахгүй шүү
                  - ийм алдаа дахиж гарахгүй
                  - ийм асуудал дахиж гарахгүй
                  - ийм алдаа дахин гарахгүй
                  - ийм асуудал дахин гарахгүй
                  - заавал засагд*
                  - заавал шийдэгд*
                  - гарцаагүй засагд*
                  - гарцаагүй шийдэгд*
                  - гарцаагүй ирнэ
                  - гарцаагүй авна
                  - маргааш гэхэд заавал
                  - маргааш гэхэд гарцаагүй
                  - маргааш бүх зүйл ажиллана
                  - маргааш гэхэд бүх зүйл ажиллана
                  - мөнгийг тань бүрэн буцаана
                  - мөнгийг тань бүтнээр нь буцаана
                  - мөнгийг тань заавал буцаана
                  - мөнгөө бүрэн буцааж авна
                  - мөнгөө бүтнээр нь буцааж авна
                  - мөнгөө заавал буцааж авна
                  # Russian-layout spelling
                  - баталгаа огье
                  - дахиж давтагдахгуй
                  - дахин давтагдахгуй
                  - монгийг тань бурэн буцаана
                exceptions:
                  - баталгаа өгч чадахгүй
                  - баталгаа өгч чадахгуй
                  - баталгаа өгөх боломжгүй
                  - баталж хэлж чадахгүй
                  - амлалт өгч чадахгүй
                  - амлаж чадахгүй
                  - амлаж байна гэсэн үг биш
                  - дахиж давтагдахгүй байх*
                  - дахин давтагдахгүй байх*
                  - хэзээ ч давтагдахгүй байх*
                  - дахиж давтагдахгүй байл*
                  - дахин давтагдахгүй байл*
                  - дахин давтагдахгүй гэж амлаж чадахгүй
                  - дахиж давтагдахгүй гэж амлаж чадахгүй
                  - дахиж ийм зүйл болохгүй байх*
                  - дахиж ийм юм болохгүй байх*
                  - ийм алдаа дахиж гарахгүй байх*
                  - ийм асуудал дахиж гарахгүй байх*
                  - ийм алдаа дахин гарахгүй байх*
                  - ийм асуудал дахин гарахгүй байх*
                examples:
                  match:
                    - Маргааш бүх зүйл ажиллана, баталгаа өгье.
                    - 100% дахиж давтагдахгүй.
                    - Мөнгийг тань бүрэн буцаана гэж амлая.
                    - Ийм алдаа дахиж гарахгүй ээ, би амлаж байна.
                  no-match:
                    - Огноог баталгаа өгч чадахгүй ч манай баг ажиллаж байна.
                    - Дахин давтагдахаас сэргийлэх арга хэмжээ авлаа.
                    - Бид дахин давтагдахгүй байх арга хэмжээ авч байна.
                    - Энэ бүтээгдэхүүн хоёр жилийн баталгаатай.
                    - Бид бүх бараандаа нэг жилийн баталгаа өгнө.

              # R15: don't open with worry or bother phrases.
              - id: mn.negative-opener
                category: negative-opener
                action: warn
                seed: R15
                position: opening
                notice: Санаа зовнил эсвэл саад болсондоо уучлалт гуйсан үгээр бүү эхэл; өөрийгөө танилцуулаад гол зүйл рүүгээ ор.
                suggestion: Сайн байна уу, таны захиалгын талаар бичиж байна.
                phrases:
                  - саад болсонд
                  - саад болж байгаад
                  - саад болчихлоо
                  - саад болоод уучлаарай
                  - саад болж байна уу
                  - саад болохгүй биз
                  - саад болохгүй бол
                  - үймүүл*
                  - төвөг удсанд
                  - төвөг удаж байгаад
                  - төвөг удлаа
                  - төвөг удчихлаа
                  - санаа зов*
                  - сэтгэл зовж байна
                  - сэтгэл түгш*
                  # Russian-layout spelling
                  - уймуул*
                  - товог удсанд
                exceptions:
                  - санаа зовж буй
                  - санаа зовоож буй
                  - санаа зовж байгаа асуудл*
                  - санаа зовсон асуудл*
                  - санаа зовоосон асуудл*
                  - санаа зовоож байсан асуудл*
                examples:
                  match:
                    - Саад болсонд уучлаарай, таны захиалгын талаар бичиж байна.
                    - Сайн байна уу! Таны дансны талаар санаа зовж байна.
                    - Та хүргэлтийн талаар санаа зовж байна уу?
                    - Сайн байна уу! Төвөг удсанд уучлаарай, нэг зүйл асуух гэсэн юм.
                  no-match:
                    - Сайн байна уу, таны захиалгын талаар бичиж байна.
                    - Таны захиалга өнөөдөр илгээгдлээ. Өөр нэг зүйлээр саад болсонд уучлаарай, илгээмжийн дугаар өөрчлөгдсөн.
                    - Сайн байна уу! Таны дансны тохиргооны талаар холбогдож байна.

              # R14: avoid negative language.
              - id: mn.negative-phrasing
                category: negative-phrasing
                action: warn
                seed: R14
                notice: Шууд татгалзахын оронд юу хийж болохыг эхэлж хэлээрэй.
                suggestion: Ийм сонголт одоогоор байхгүй, гэхдээ бидний хийж чадах зүйл бий.
                phrases:
                  - энэ боломжгүй
                  - тэр боломжгүй
                  - боломжгүй юм
                  - боломжгүй зүйл
                  - огт боломжгүй
                  - ямар ч боломжгүй
                  - бүр боломжгүй
                  - боломжгүй ээ
                  - боломжгүй шүү
                  - бүтэшгүй
                  - бид ийм зүйл хийдэггүй
                  - бид ийм юм хийдэггүй
                  - бид тэгдэггүй
                  - бид үүнийг хийдэггүй
                  - манайх ийм юм хийдэггүй
                  - манайх ийм зүйл хийдэггүй
                  - манайх тэгдэггүй
                  - юу ч бүтэхгүй
                  - энэ бүтэхгүй
                  - тэр бүтэхгүй
                  - бүтэхгүй ээ
                  - бүтэхгүй шүү
                  - нэмэргүй ээ
                  - нэмэргүй шүү
                  - нэмэргүй юм
                  - "*оод нэмэргүй"
                  - "*ээд нэмэргүй"
                  - "*аад нэмэргүй"
                  - "*өөд нэмэргүй"
                  - "*оод ч нэмэргүй"
                  - "*ээд ч нэмэргүй"
                  - "*аад ч нэмэргүй"
                  - оролдох нь утгагүй
                  - мартчих
                  - март л даа
                  # Russian-layout spelling
                  - юу ч бутэхгуй
                exceptions:
                  - боломжгүй зүйл гэж байхгүй
                  - боломжгүй зүйл байхгүй
                  - боломжгүй юм гэж байхгүй
                  - боломжгүй юм байхгүй
                  - энэ боломжгүй биш
                examples:
                  match:
                    - Энэ боломжгүй.
                    - Бид ийм зүйл хийдэггүй.
                    - Юу ч бүтэхгүй.
                    - Дахин оролдоод ч нэмэргүй.
                  no-match:
                    - Ийм сонголт одоогоор байхгүй, гэхдээ бидний хийж чадах зүйл бий.
                    - Боломжгүй зүйл гэж байхгүй, сонголтуудыг хамт харъя.
                    - Хэрэв энэ арга бүтэхгүй бол өөр хувилбар санал болгоё.
                    - Энэ үйлчилгээг онлайнаар авах боломжтой.

              # R16: no excessive flattery.
              - id: mn.excessive-flattery
                category: excessive-flattery
                action: warn
                seed: R16
                notice: Эелдэг байгаарай, гэхдээ хэт их зусардах нь муу сэтгэгдэл төрүүлдэг.
                suggestion: Бидэнтэй холбогдсонд баярлалаа!
                phrases:
                  - асар их нэр төр*
                  - маш их нэр төр*
                  - ихээхэн нэр төр*
                  - үйлчлэх нь нэр төр*
                  - үйлчлэх нь бидний нэр төр*
                  - үйлчлэх нь бидний хувьд нэр төр*
                  - үйлчлэх нь бидний хувьд асар их
                  - үйлчлэх завшаан
                  - үйлчлэх нь бидний аз жаргал
                  - тан шиг гайхалтай
                  - тан шиг сайхан үйлчлүүлэгч*
                  - тан шиг эрхэм
                  - тан шиг хүндэт
                  - тан шиг шилдэг
                  - тан шиг агуу
                  - таны шиг гайхалтай
                  - танай шиг гайхалтай
                  - хамгийн эрхэм хамгийн хайртай
                  - хамгийн эрхэм үйлчлүүлэгч*
                  - хамгийн хайртай үйлчлүүлэгч*
                  - хамгийн үнэ цэнэтэй үйлчлүүлэгч*
                  - хамгийн хайртай хэрэглэгч*
                  - хайрт үйлчлүүлэгч*
                  - хайрт хэрэглэгч*
                  - мянган удаа уучл*
                  - мянга мянган уучл*
                  - мянган уучлал*
                  - даруухнаар уучл*
                  - даруухнаар өршөөл*
                  - өршөөл хүс*
                  - өршөөл гуй*
                  - өршөөгөөч
                  - хөлд тань сөгд*
                  # Russian-layout spelling
                  - уйлчлэх нь бидний нэр тор*
                  - оршоол хус*
                examples:
                  match:
                    - Тан шиг гайхалтай үйлчлүүлэгчид үйлчлэх нь бидний хувьд асар их нэр төрийн хэрэг!
                    - Та бол манай хамгийн эрхэм, хамгийн хайртай үйлчлүүлэгч!
                    - Мянган удаа уучлалт гуйя, даруухнаар өршөөл хүсье!
                  no-match:
                    - Бидэнтэй холбогдсонд баярлалаа!
                    - Гарсан хүндрэлд уучлаарай.
                    - Таны хамгийн хайртай дууг жагсаалтад нэмлээ.
                    - Эрхэм хүндэт үйлчлүүлэгч ээ, таны захиалга баталгаажлаа.
            """##
        ),
        (
            "Policies/uk.yaml",
            ##"""
            language: uk
            # Ukrainian pack: the same rules as en.yaml (ids uk.<suffix of en>), written for what Ukrainian-
            # speaking agents actually type. Phrases are normalized like messages: й reads as и, ї as і,
            # doubled letters as one (винні = вині), case and punctuation never matter. ґ is NOT folded to г,
            # and an apostrophe between letters is kept, so words with ґ or an apostrophe are listed in both
            # spellings (зв'язуйтеся / звязуйтеся). A stem (word*) is only used where no common innocent word
            # starts the same way; single common words (ніколи, сервіс, неможливо…) are never phrases alone.
            rules:
              # R1, R2: never criticise the client; no flat contradiction.
              - id: uk.criticizing-client.blame
                category: criticizing-client
                action: block
                seed: R1
                notice: Звинувачувати клієнта заборонено за будь-яких обставин; письмовий докір загострює розмову й залишається в історії.
                suggestion: Давайте разом пройдемо всі кроки ще раз.
                phrases:
                  # "ви самі винні" and its forms (винні collapses to вині, so both spellings are one phrase)
                  - ви самі винні
                  - самі винні
                  - ви ж самі винні
                  - самі ви винні
                  - ви самі в цьому винні
                  - ви самі у цьому винні
                  - ви в цьому самі винні
                  - ви у цьому самі винні
                  - ви самі винуваті
                  - ви в цьому винні
                  - ви у цьому винні
                  - в цьому винні ви
                  - це ви винні
                  - винні саме ви
                  - ти сам винен
                  - ти сама винна
                  # "your fault"
                  - ваша вина
                  - ваша провина
                  - твоя вина
                  - твоя провина
                  - з вашої вини
                  - через вашу вину
                  - вина на вашому боці
                  - вина на вашій стороні
                  - вина ваша
                  - помилка користувача
                  - помилка юзера
                  - це все через вас
                  - все через вас
                  - усе через вас
                  - це через вас
                  - саме через вас
                  - через вашу неуважність
                  - через вашу помилку
                  - це ваша помилка
                  - це була ваша помилка
                  - ваша помилка а не наша
                  - помилка ваша а не наша
                  - ваша неуважність
                  # "you did it wrong"
                  - ви все зробили неправильно
                  - ви зробили неправильно
                  - ви неправильно зробили
                  - ви все неправильно зробили
                  - ви робите неправильно
                  - ви все робите неправильно
                  - ви неправильно робите
                  - ви все зробили не так
                  - ви зробили щось не так
                  - ви щось зробили не так
                  - ви щось не так зробили
                  - ви все робите не так
                  - ви робите щось не так
                  - ви щось робите не так
                  - ти все зробив неправильно
                  - ти все зробила неправильно
                  - ти все зробив не так
                  - ти все зробила не так
                  - ти щось зробив не так
                  - ти щось зробила не так
                  # "you typed the wrong …"
                  - ви ввели неправильн*
                  - ви ввели невірн*
                  - ви ввели не той
                  - ви ввели не ту
                  - ви ввели не те
                  - ви ввели не ті
                  - ви неправильно ввели
                  - ви невірно ввели
                  - ви вказали неправильн*
                  - ви вказали невірн*
                  - ви вказали не той
                  - ви вказали не ту
                  - ви неправильно вказали
                  - ви невірно вказали
                  - ви натиснули не ту
                  - ви натиснули не те
                  - ви обрали не той
                  - ви вибрали не той
                  - ви помилилися
                  - ви помилились
                  - ти помилився
                  - ти помилилася
                  - ти помилилась
                  # "you messed it up / broke it / caused this"
                  - ви все зламали
                  - ви ж все зламали
                  - ви ж усе зламали
                  - самі все зламали
                  - самі все зіпсували
                  - ви все поламали
                  - ви самі зламали
                  - це ви зламали
                  - ви все зіпсували
                  - ви самі зіпсували
                  - це ви зіпсували
                  - ви все напартачили
                  - ви напартачили
                  - ви накосячили
                  - ви все накосячили
                  - ти накосячив
                  - ти накосячила
                  - ви самі спричинили
                  - ви спричинили цю проблему
                  - ви самі створили
                  - ви створили цю проблему
                  # "you only have yourself to blame"
                  - звинувачуйте себе
                  - звинувачуйте самі себе
                  - вам нема кого звинувачувати
                  - вам немає кого звинувачувати
                  - вам нікого звинувачувати
                  - нема кого звинувачувати крім
                  - немає кого звинувачувати крім
                  - нікого звинувачувати крім
                exceptions:
                  - не ваша вина
                  - не ваша провина
                  - не твоя вина
                  - не з вашої вини
                  - ми самі винні
                  - ми й самі винні
                  - ми і самі винні
                  - ми тут самі винні
                  - ми в цьому самі винні
                  - ми у цьому самі винні
                  - не помилка користувача
                  - не помилка юзера
                  - якщо ви помилилися
                  - якщо ви помилились
                  - якщо раптом ви помилилися
                  - якщо раптом ви помилились
                  - чи ви помилилися
                  - чи ви помилились
                  - навіть якщо ви помилилися
                  - якщо ви неправильно ввели
                  - якщо ви невірно ввели
                  - якщо ви ввели неправильн*
                  - якщо ви ввели невірн*
                  - якщо ви ввели не той
                  - якщо ви ввели не ту
                  - якщо ви вказали неправильн*
                  - якщо ви вказали невірн*
                  - якщо ви неправильно вказали
                examples:
                  match:
                    - Ви самі винні, що не зберегли чек.
                    - Ви все зробили неправильно.
                    - Це ваша вина, ви ввели неправильний пароль.
                    - Ви ввели не той номер картки, тому оплата й не пройшла.
                    - Ну ви ж самі все зламали, видаливши файл.
                    - Це помилка користувача, а не наша.
                    - З вашої вини замовлення скасовано.
                  no-match:
                    - Ви не винні, посилання застаріло.
                    - Це зовсім не ваша вина, посилання просто застаріло.
                    - Давайте разом пройдемо всі кроки ще раз.
                    - Якщо ви помилилися в адресі, напишіть нам, і ми її виправимо.
                    - Неправильний пароль ми вже скинули, новий прийде в SMS.

              - id: uk.criticizing-client.hindsight
                category: criticizing-client
                action: block
                seed: R1
                notice: Докір «треба було раніше» критикує клієнта; покажіть, що діє для нього зараз.
                suggestion: Ось пункт умов, який стосується вашого випадку.
                phrases:
                  # "you should have read / checked / known"
                  - треба було уважно
                  - треба було уважніше
                  - треба було читати
                  - треба було прочитати
                  - треба було дочитати
                  - треба було спочатку прочитати
                  - треба було раніше думати
                  - треба було думати
                  - треба було знати
                  - треба було дивитися
                  - треба було перевірити
                  - вам треба було спочатку
                  - вам треба було раніше
                  - тобі треба було уважніше
                  - вам слід було уважніше
                  - вам слід було спочатку
                  - вам варто було уважніше
                  - вам варто було спочатку
                  - вам потрібно було уважно
                  - вам потрібно було прочитати
                  - потрібно було уважно
                  - потрібно було прочитати
                  - слід було уважно
                  - слід було прочитати
                  - слід було перевірити
                  - слід було знати
                  - варто було уважніше
                  - варто було прочитати
                  - ви мали прочитати
                  - ви мали б прочитати
                  - ви мали уважно
                  - ви мали б уважно
                  - ви мали перевірити
                  - ви мали б перевірити
                  - ви мали знати
                  - ви мали б знати
                  - ви повинні були прочитати
                  - ви повинні були перевірити
                  - ви повинні були знати
                  - ви повинні були уважно
                  # "you didn't read", "you obviously didn't"
                  - ви не прочитали умови
                  - ви навіть не прочитали
                  - ви навіть не читали
                  - ви явно не прочитали
                  - ви явно не читали
                  - ви явно не перевірили
                  - ви очевидно не прочитали
                  - ви очевидно не читали
                  - ви мабуть не читали
                  - ви неуважно читали
                  - ви неуважно прочитали
                  - ви не уважно читали
                  - ви погано читали
                  # "if you had read"
                  - якби ви прочитали
                  - якби ви уважно
                  - якби ви уважніше
                  - якби ви читали
                  - якби ви дочитали
                  - якби ти прочитав
                  - якби ти прочитала
                  # "read it first", "learn to read"
                  - спочатку прочитайте умови
                  - спершу прочитайте умови
                  - спочатку почитайте
                  - спершу почитайте
                  - уважніше читайте
                  - читайте уважніше
                  - читати уважніше
                  - читайте хоч іноді
                  - навчіться читати
                  - вчіться читати
                  - навчіться уважно читати
                  - ви читати вмієте
                  - ви вмієте читати
                  - не вмієте читати
                  - там же все написано
                  - все ж написано
                  - усе ж написано
                  - все ж було написано
                  - для кого це написано
                exceptions:
                  - нам треба було уважно
                  - мені треба було уважно
                  - нам треба було уважніше
                  - мені треба було уважніше
                  - нам треба було читати
                  - мені треба було читати
                  - нам треба було прочитати
                  - мені треба було прочитати
                  - нам треба було дочитати
                  - мені треба було дочитати
                  - нам треба було спочатку прочитати
                  - мені треба було спочатку прочитати
                  - нам треба було раніше думати
                  - мені треба було раніше думати
                  - нам треба було думати
                  - мені треба було думати
                  - нам треба було знати
                  - мені треба було знати
                  - нам треба було дивитися
                  - мені треба було дивитися
                  - нам треба було перевірити
                  - мені треба було перевірити
                  - нам потрібно було уважно
                  - мені потрібно було уважно
                  - нам потрібно було прочитати
                  - мені потрібно було прочитати
                  - нам слід було уважно
                  - мені слід було уважно
                  - нам слід було прочитати
                  - мені слід було прочитати
                  - нам слід було перевірити
                  - мені слід було перевірити
                  - нам слід було знати
                  - мені слід було знати
                  - нам варто було уважніше
                  - мені варто було уважніше
                  - нам варто було прочитати
                  - мені варто було прочитати
                  - вдячний якби ви прочитали
                  - вдячна якби ви прочитали
                  - вдячні якби ви прочитали
                  - вдячний був би якби ви прочитали
                  - вдячна була б якби ви прочитали
                  - було б добре якби ви прочитали
                  - було б чудово якби ви прочитали
                  - вдячний якби ви уважно
                  - вдячна якби ви уважно
                  - вдячні якби ви уважно
                  - вдячний був би якби ви уважно
                  - вдячна була б якби ви уважно
                  - вдячний якби ви читали
                  - вдячна якби ви читали
                  - вдячні якби ви читали
                  - вдячний був би якби ви читали
                  - вдячна була б якби ви читали
                  - було б добре якби ви читали
                  - було б чудово якби ви читали
                  - вдячний якби ви дочитали
                  - вдячна якби ви дочитали
                  - вдячні якби ви дочитали
                  - вдячний був би якби ви дочитали
                  - вдячна була б якби ви дочитали
                  - було б добре якби ви дочитали
                  - було б чудово якби ви дочитали
                examples:
                  match:
                    - Треба було уважно читати умови.
                    - Вам треба було спочатку прочитати умови.
                    - Якби ви прочитали лист, то знали б.
                    - Ви явно не прочитали правила акції.
                    - Там же все написано на сайті!
                    - Читайте уважніше, будь ласка.
                  no-match:
                    - Ви мали отримати лист від нас сьогодні.
                    - Нам треба було перевірити це одразу, вибачте за затримку.
                    - Буду вдячна, якби ви перевірили папку «Спам».
                    - Ось пункт умов, який стосується вашого випадку.
                    - Чи встигли ви прочитати інструкцію?
                    - Уважно прочитайте, будь ласка, цей пункт, я поясню, якщо щось незрозуміло.

              - id: uk.criticizing-client.contradiction
                category: criticizing-client
                action: block
                seed: R2
                notice: Пряме заперечення починає суперечку; перевірте й поясніть, що ви бачите.
                suggestion: Дозвольте уточнити, що я бачу в системі.
                phrases:
                  # "you're wrong / mistaken"
                  - помиляєте*
                  - помиляєш*
                  - ви неправі
                  - ви не праві
                  - ви неправий
                  - ви неправа
                  - ти неправий
                  - ти неправа
                  - ти не правий
                  - ти не права
                  - ти не прав
                  - ви не маєте рації
                  - ти не маєш рації
                  # "that's not true"
                  - це неправда
                  - це не правда
                  - це просто неправда
                  - це брехня
                  - ви брешете
                  - ти брешеш
                  - ви обманюєте
                  - ви вигадуєте
                  - не вигадуйте
                  - ви фантазуєте
                  - не фантазуйте
                  - такого не може бути
                  - цього не може бути
                  - не може такого бути
                  # "you don't understand / aren't listening"
                  - ви не розумієте
                  - ви нічого не розумієте
                  - ви взагалі не розумієте
                  - ти не розумієш
                  - ти нічого не розумієш
                  - ви не зрозуміли
                  - ви нічого не зрозуміли
                  - ви неправильно зрозуміли
                  - ви не так зрозуміли
                  - ви все не так зрозуміли
                  - ви мене неправильно зрозуміли
                  - ви мене не так зрозуміли
                  - ви мене не слухаєте
                  - ти мене не слухаєш
                  - ви щось плутаєте
                  - ви все плутаєте
                  - ви плутаєте
                  - ви все переплутали
                  - ви переплутали
                  # "nonsense"
                  - нісенітниц*
                  - маячня
                  - маячню
                  - це дурниці
                  - що за дурниці
                  - не кажіть дурниць
                  - не говоріть дурниць
                  - дурня якась
                  - якась дурня
                  - що за дурня
                exceptions:
                  - не помиляєте*
                  - не помиляєш*
                  - якщо ви не розумієте
                  - якщо ви щось не розумієте
                  - якщо ви не зрозуміли
                  - якщо ви щось не зрозуміли
                  - раптом ви не зрозуміли
                  - якщо ви переплутали
                  - якщо ви щось переплутали
                examples:
                  match:
                    - Ви помиляєтеся.
                    - Ні, ви не праві, ми нічого не списували двічі.
                    - Ви не розумієте, як це працює.
                    - Це просто неправда, двічі ми не списували.
                    - Ви щось плутаєте, такого тарифу в нас немає.
                  no-match:
                    - Якщо ви щось не зрозуміли, напишіть, я поясню інакше.
                    - Дозвольте уточнити, що я бачу в системі.
                    - Ви не помиляєтеся, плату справді списали двічі.
                    - Розумію, чому це виглядало як помилка, зараз поясню.

              # R3: don't bad-mouth competitors.
              - id: uk.disparaging-competitors
                category: disparaging-competitors
                action: block
                seed: R3
                notice: Ніколи не відгукуйтеся погано про інші компанії, навіть якщо це правда; скажіть, що не знаєте їхніх умов, і розкажіть про наші.
                suggestion: Умов інших компаній я не знаю, але охоче розповім про наші.
                phrases:
                  # "they're scammers / frauds / thieves"
                  - вони шахраї
                  - вони шахраюють
                  - вони аферисти
                  - вони ошуканці
                  - вони обманщики
                  - вони злодії
                  - вони крадії
                  - там шахраї
                  - там одні шахраї
                  - ті ще шахраї
                  - шахрайська контора
                  - шахрайська компанія
                  - шахрайська фірма
                  - шарашкіна контора
                  - шарашкина контора
                  - їхня контора
                  - їх контора
                  - та контора
                  - ця контора
                  - та ще контора
                  # "their quality / service is awful"
                  - у них жахлив*
                  - в них жахлив*
                  - у них огидн*
                  - в них огидн*
                  - у них кошмарн*
                  - в них кошмарн*
                  - у них відстійн*
                  - в них відстійн*
                  - у них відстій
                  - в них відстій
                  - у них повний відстій
                  - в них повний відстій
                  - у них погана якість
                  - в них погана якість
                  - у них поганий сервіс
                  - в них поганий сервіс
                  - у них погана підтримка
                  - в них погана підтримка
                  - у них поганий товар
                  - у них погані товари
                  - у них все погано
                  - у них усе погано
                  - у них все жахливо
                  - у них усе жахливо
                  - якість у них жахлив*
                  - сервіс у них жахлив*
                  - підтримка у них жахлив*
                  - якість у них погана
                  - сервіс у них поганий
                  - їхня якість жахлив*
                  - їхня якість погана
                  - їхній сервіс жахлив*
                  - їхній сервіс поганий
                  - їхній сервіс відстій
                  - їхній сервіс повний відстій
                  - їхня підтримка жахлив*
                  - їхня підтримка відстій
                  - їхня підтримка це жарт
                  - їхній сервіс це жарт
                  - їхня підтримка повний відстій
                  - їх сервіс жахлив*
                  - їх сервіс відстій
                  - їх сервіс повний відстій
                  - їх підтримка відстій
                  - їхні товари мотлох
                  - їхні товари барахло
                  - їхній товар барахло
                  - їхня продукція мотлох
                  - їхні товари непотріб
                  - їхні товари лайно
                  - у них барахло
                  - у них мотлох
                  - у них одне барахло
                  - у конкурентів жахлив*
                  - у конкурентів погана
                  - у конкурентів поганий
                  - у конкурентів відстій
                  - конкуренти шахраї
                  - конкуренти обманюють
                  - конкуренти дурять
                  - конкуренти гірші
                  # "don't go with them / stay away"
                  - не зв'язуйтеся з ними
                  - не зв'язуйтесь з ними
                  - не зв'язуйтеся із ними
                  - не зв'язуйся з ними
                  - з ними не зв'язуйтеся
                  - з ними краще не зв'язуватися
                  - не раджу з ними зв'язуватися
                  - не раджу з ними зв'язуватись
                  - не раджу з ними мати справу
                  - не майте з ними справ
                  - тримайтеся від них подалі
                  - тримайтесь від них подалі
                  - тримайтеся від них якомога далі
                  - обходьте їх стороною
                  - обходьте їх десятою дорогою
                  - не купуйте у них
                  - не купуйте в них
                  - не замовляйте у них
                  - не замовляйте в них
                  - у них краще не купувати
                  - в них краще не купувати
                  - у них краще не замовляти
                  # "they'll rip you off"
                  - вони вас обдурять
                  - вони вас обманять
                  - вони вас ошукають
                  - вони вас кинуть
                  - вони вас розведуть
                  - вас там обдурять
                  - вас там обманять
                  - вас там кинуть
                  - вас там розведуть
                  - вони обманюють людей
                  - вони обманюють клієнтів
                  - вони дурять людей
                  - вони дурять клієнтів
                  - вони кидають людей
                  - вони кидають клієнтів
                  - вони розводять людей
                  - вони розводять клієнтів
                  - вони обдирають клієнтів
                  - вони обдирають людей
                examples:
                  match:
                    - Вони шахраї, не зв'язуйтеся з ними.
                    - У них жахлива якість.
                    - Їхній сервіс — повний відстій.
                    - Не купуйте в них, вас там обдурять.
                    - Тримайтеся від них подалі, чесно.
                  no-match:
                    - Умов інших компаній я не знаю, але охоче розповім про наші.
                    - Остерігайтеся шахраїв, які телефонують від нашого імені.
                    - Якість кожної партії ми перевіряємо перед відправкою.
                    - У них вихідний у неділю, наскільки мені відомо.

              # R4, R5: no slang or in-house terms.
              - id: uk.slang-jargon
                category: slang-jargon
                action: warn
                seed: R4
                notice: Сленг і внутрішні терміни клієнт може не зрозуміти; пишіть словами, знайомими клієнту.
                suggestion: Зараз перевірю ваше звернення.
                phrases:
                  # "зараз"
                  - phrase: ща гляну
                    suggestion: зараз перевірю
                  - phrase: щас гляну
                    suggestion: зараз перевірю
                  - phrase: ща
                    suggestion: зараз
                  - phrase: щас
                    suggestion: зараз
                  - phrase: щя
                    suggestion: зараз
                  - phrase: щяс
                    suggestion: зараз
                  # тікет (ticket) with agreement for the usual "ваш тікет"
                  - phrase: ваш тікет
                    suggestion: ваше звернення
                  - phrase: вашого тікета
                    suggestion: вашого звернення
                  - phrase: вашого тікету
                    suggestion: вашого звернення
                  - phrase: вашому тікеті
                    suggestion: вашому зверненні
                  - phrase: вашим тікетом
                    suggestion: вашим зверненням
                  - phrase: ваш тикет
                    suggestion: ваше звернення
                  - phrase: тікет
                    suggestion: звернення
                  - phrase: тікета
                    suggestion: звернення
                  - phrase: тікету
                    suggestion: звернення
                  - phrase: тікеті
                    suggestion: зверненні
                  - phrase: тікетом
                    suggestion: зверненням
                  - phrase: тікети
                    suggestion: звернення
                  - phrase: тікетів
                    suggestion: звернень
                  - phrase: тікетах
                    suggestion: зверненнях
                  - phrase: тікетами
                    suggestion: зверненнями
                  - phrase: тикет
                    suggestion: звернення
                  - phrase: тикета
                    suggestion: звернення
                  - phrase: тикету
                    suggestion: звернення
                  - phrase: тикети
                    suggestion: звернення
                  # пофіксити (fix)
                  - phrase: пофіксимо
                    suggestion: виправимо
                  - phrase: пофіксим
                    suggestion: виправимо
                  - phrase: пофиксим
                    suggestion: виправимо
                  - phrase: пофиксимо
                    suggestion: виправимо
                  - phrase: пофіксили
                    suggestion: виправили
                  - phrase: пофіксити
                    suggestion: виправити
                  - phrase: пофіксить
                    suggestion: виправить
                  - phrase: пофіксять
                    suggestion: виправлять
                  - phrase: пофікшу
                    suggestion: виправлю
                  - phrase: пофікшено
                    suggestion: виправлено
                  - phrase: пофіксив
                    suggestion: виправив
                  - phrase: пофіксила
                    suggestion: виправила
                  - phrase: фіксимо
                    suggestion: виправляємо
                  - phrase: фіксять
                    suggestion: виправляють
                  - phrase: фікс
                    suggestion: виправлення
                  - phrase: фікса
                    suggestion: виправлення
                  - phrase: фіксу
                    suggestion: виправлення
                  - phrase: фікси
                    suggestion: виправлення
                  - phrase: багфікс
                    suggestion: виправлення
                  # апдейт (update)
                  - phrase: апдейт
                    suggestion: оновлення
                  - phrase: апдейта
                    suggestion: оновлення
                  - phrase: апдейту
                    suggestion: оновлення
                  - phrase: апдейті
                    suggestion: оновленні
                  - phrase: апдейтом
                    suggestion: оновленням
                  - phrase: апдейти
                    suggestion: оновлення
                  - phrase: апдейтів
                    suggestion: оновлень
                  - phrase: апдейтах
                    suggestion: оновленнях
                  - phrase: апдейтнути
                    suggestion: оновити
                  - phrase: апдейтніть
                    suggestion: оновіть
                  - phrase: апдейтнемо
                    suggestion: оновимо
                  - phrase: апдейтнеться
                    suggestion: оновиться
                  # норм (OK); "норм" is also the genitive plural of норма, see the exceptions
                  - phrase: все норм
                    suggestion: все гаразд
                  - phrase: усе норм
                    suggestion: усе гаразд
                  - phrase: норм
                    suggestion: добре
                  - phrase: нормас
                    suggestion: добре
                  - phrase: нормуль
                    suggestion: добре
                  # баг, глюк, лаги. "баг" alone is Mongolian for "team" and "бага" for "little" (all packs
                  # share one automaton), so the singular is only matched with a Ukrainian neighbour word.
                  - phrase: відомий баг
                    suggestion: відома проблема
                  - phrase: це баг
                    suggestion: це помилка
                  - phrase: це був баг
                    suggestion: це була помилка
                  - phrase: є баг
                    suggestion: є помилка
                  - phrase: такий баг
                    suggestion: така помилка
                  - phrase: цей баг
                    suggestion: ця помилка
                  - phrase: якийсь баг
                    suggestion: якась помилка
                  - phrase: невеликий баг
                    suggestion: невелика помилка
                  - phrase: знайшли баг
                    suggestion: знайшли помилку
                  - phrase: баг в
                    suggestion: помилка в
                  - phrase: баг з
                    suggestion: помилка з
                  - phrase: баг із
                    suggestion: помилка з
                  - phrase: баг на
                    suggestion: помилка на
                  - phrase: баг у системі
                    suggestion: помилка в системі
                  - phrase: баг у застосунку
                    suggestion: помилка в застосунку
                  - phrase: баг у додатку
                    suggestion: помилка в застосунку
                  - phrase: баг у нас
                    suggestion: помилка в нас
                  - phrase: цього багу
                    suggestion: цієї помилки
                  - phrase: цього бага
                    suggestion: цієї помилки
                  - phrase: через баг
                    suggestion: через помилку
                  - phrase: баги
                    suggestion: помилки
                  - phrase: багів
                    suggestion: помилок
                  - phrase: багом
                    suggestion: помилкою
                  - phrase: багами
                    suggestion: помилками
                  - phrase: глюк
                    suggestion: збій
                  - phrase: глюка
                    suggestion: збою
                  - phrase: глюки
                    suggestion: збої
                  - phrase: глюків
                    suggestion: збоїв
                  - phrase: глючить
                    suggestion: працює з помилками
                  - phrase: глючать
                    suggestion: працюють з помилками
                  - phrase: глюкнуло
                    suggestion: стався збій
                  - phrase: заглючило
                    suggestion: стався збій
                  - phrase: лагає
                    suggestion: працює повільно
                  - phrase: лагають
                    suggestion: працюють повільно
                  - phrase: лаги
                    suggestion: затримки
                  # юзер (user)
                  - phrase: юзер
                    suggestion: користувач
                  - phrase: юзера
                    suggestion: користувача
                  - phrase: юзеру
                    suggestion: користувачу
                  - phrase: юзери
                    suggestion: користувачі
                  - phrase: юзерів
                    suggestion: користувачів
                  - phrase: юзерам
                    suggestion: користувачам
                  - phrase: юзерами
                    suggestion: користувачами
                  # (пере)залогінитися (sign in / out)
                  - phrase: перезалогіньтесь
                    suggestion: вийдіть з акаунта й увійдіть знову
                  - phrase: перезалогіньтеся
                    suggestion: вийдіть з акаунта й увійдіть знову
                  - phrase: перезалогінтесь
                    suggestion: вийдіть з акаунта й увійдіть знову
                  - phrase: перезалогінтеся
                    suggestion: вийдіть з акаунта й увійдіть знову
                  - phrase: перелогіньтесь
                    suggestion: вийдіть з акаунта й увійдіть знову
                  - phrase: перелогіньтеся
                    suggestion: вийдіть з акаунта й увійдіть знову
                  - phrase: перелогінтесь
                    suggestion: вийдіть з акаунта й увійдіть знову
                  - phrase: перезалогінься
                    suggestion: вийди з акаунта й увійди знову
                  - phrase: перезалогінитися
                    suggestion: вийти з акаунта й увійти знову
                  - phrase: перезалогінитись
                    suggestion: вийти з акаунта й увійти знову
                  - phrase: перелогінитися
                    suggestion: вийти з акаунта й увійти знову
                  - phrase: релогніться
                    suggestion: вийдіть з акаунта й увійдіть знову
                  - phrase: перезайдіть
                    suggestion: вийдіть з акаунта й увійдіть знову
                  - phrase: залогіньтесь
                    suggestion: увійдіть в акаунт
                  - phrase: залогіньтеся
                    suggestion: увійдіть в акаунт
                  - phrase: залогінтесь
                    suggestion: увійдіть в акаунт
                  - phrase: залогінитися
                    suggestion: увійти в акаунт
                  - phrase: залогінитись
                    suggestion: увійти в акаунт
                  - phrase: розлогіньтесь
                    suggestion: вийдіть з акаунта
                  - phrase: розлогіньтеся
                    suggestion: вийдіть з акаунта
                  - phrase: розлогінитися
                    suggestion: вийти з акаунта
                  # кеш, перезавантаження
                  - phrase: почистіть кеш
                    suggestion: очистіть кеш застосунку
                  - phrase: почистити кеш
                    suggestion: очистити кеш застосунку
                  - phrase: почисти кеш
                    suggestion: очисти кеш застосунку
                  - phrase: ребутніть
                    suggestion: перезавантажте
                  - phrase: ребутни
                    suggestion: перезавантаж
                  - phrase: ребутнути
                    suggestion: перезавантажити
                  - phrase: ребут
                    suggestion: перезавантаження
                  - phrase: перезагрузіть
                    suggestion: перезавантажте
                  - phrase: перезагрузити
                    suggestion: перезавантажити
                  - phrase: перезагрузка
                    suggestion: перезавантаження
                  - phrase: перезагрузку
                    suggestion: перезавантаження
                  - phrase: рестартніть
                    suggestion: перезапустіть
                  - phrase: рестартнути
                    suggestion: перезапустити
                  # скрін (screenshot)
                  - phrase: скиньте скрін
                    suggestion: надішліть знімок екрана
                  - phrase: скиньте скріншот
                    suggestion: надішліть знімок екрана
                  - phrase: скинь скрін
                    suggestion: надішли знімок екрана
                  - phrase: скрін
                    suggestion: знімок екрана
                  - phrase: скріна
                    suggestion: знімка екрана
                  - phrase: скріну
                    suggestion: знімка екрана
                  - phrase: скріни
                    suggestion: знімки екрана
                  - phrase: скрінів
                    suggestion: знімків екрана
                  - phrase: скріном
                    suggestion: знімком екрана
                  - phrase: скрінчик
                    suggestion: знімок екрана
                  - phrase: скрінчики
                    suggestion: знімки екрана
                  # in-house terms: друга лінія, прод, бекенд, саппорт, кейс
                  - phrase: на другу лінію
                    suggestion: нашим технічним фахівцям
                  - phrase: другій лінії
                    suggestion: нашим технічним фахівцям
                  - phrase: на л2
                    suggestion: нашим технічним фахівцям
                  - phrase: л2
                    suggestion: технічна команда
                  - phrase: ескалюю
                    suggestion: передаю
                  - phrase: заескалюю
                    suggestion: передам
                  - phrase: ескалую
                    suggestion: передаю
                  - phrase: заескалюємо
                    suggestion: передамо
                  - phrase: на проді
                    suggestion: у робочій версії
                  - phrase: на бекенді
                    suggestion: на сервері
                  - phrase: на беку
                    suggestion: на сервері
                  - phrase: бекенд
                    suggestion: сервер
                  - phrase: саппорт
                    suggestion: служба підтримки
                  - phrase: саппорту
                    suggestion: служби підтримки
                  - phrase: ваш кейс
                    suggestion: ваше звернення
                  - phrase: вашому кейсу
                    suggestion: вашому зверненню
                  - phrase: по вашому кейсу
                    suggestion: щодо вашого звернення
                  - phrase: фіча
                    suggestion: функція
                  - phrase: фічу
                    suggestion: функцію
                  - phrase: фічі
                    suggestion: функції
                  - phrase: фідбек
                    suggestion: відгук
                  - phrase: фідбеку
                    suggestion: відгуку
                  - phrase: реквест
                    suggestion: запит
                  - phrase: реквесту
                    suggestion: запиту
                  # devices and apps
                  - phrase: девайс
                    suggestion: пристрій
                  - phrase: девайса
                    suggestion: пристрою
                  - phrase: девайсу
                    suggestion: пристрою
                  - phrase: девайсі
                    suggestion: пристрої
                  - phrase: девайси
                    suggestion: пристрої
                  - phrase: девайсів
                    suggestion: пристроїв
                  - phrase: прога
                    suggestion: застосунок
                  - phrase: прогу
                    suggestion: застосунок
                  - phrase: проги
                    suggestion: застосунку
                  - phrase: прогою
                    suggestion: застосунком
                  - phrase: апка
                    suggestion: застосунок
                  - phrase: апку
                    suggestion: застосунок
                  - phrase: апки
                    suggestion: застосунку
                  - phrase: апці
                    suggestion: застосунку
                  - phrase: інет
                    suggestion: інтернет
                  - phrase: інету
                    suggestion: інтернету
                  - phrase: інеті
                    suggestion: інтернеті
                  # chat abbreviations and colloquialisms
                  - phrase: плз
                    suggestion: будь ласка
                  - phrase: пліз
                    suggestion: будь ласка
                  - phrase: плиз
                    suggestion: будь ласка
                  - phrase: пжл
                    suggestion: будь ласка
                  - phrase: пжлст
                    suggestion: будь ласка
                  - phrase: пж
                    suggestion: будь ласка
                  - phrase: спс
                    suggestion: дякую
                  - phrase: пасіб
                    suggestion: дякую
                  - phrase: пасиб
                    suggestion: дякую
                  - phrase: пасібо
                    suggestion: дякую
                  - phrase: сенкс
                    suggestion: дякую
                  - phrase: сорі
                    suggestion: перепрошую
                  - phrase: сори
                    suggestion: перепрошую
                  - phrase: сорян
                    suggestion: перепрошую
                  - phrase: хз
                    suggestion: не знаю напевно
                  - phrase: лол
                    suggestion: ""
                  - phrase: кек
                    suggestion: ""
                  - phrase: шо
                    suggestion: що
                  - phrase: шось
                    suggestion: щось
                  - phrase: чо
                    suggestion: що
                  - phrase: ваще
                    suggestion: взагалі
                  - phrase: канєшно
                    suggestion: звісно
                  - phrase: конєшно
                    suggestion: звісно
                  - phrase: канешно
                    suggestion: звісно
                  - phrase: короч
                    suggestion: коротко
                  - phrase: кароч
                    suggestion: коротко
                  - phrase: тіпа
                    suggestion: ніби
                exceptions:
                  # "норм" as the genitive plural of "норма" (legal and technical norms)
                  - до норм
                  - норм законодавства
                  - норм закону
                  - норм права
                  - норм чинного
                  - норм і правил
                  - норм та правил
                  - норм і стандартів
                  - норм та стандартів
                  - норм безпеки
                  - норм етики
                  - дотримання норм
                  - порушення норм
                  - згідно норм
                  - санітарних норм
                  - технічних норм
                  - будівельних норм
                  - етичних норм
                  - правових норм
                  - юридичних норм
                  - законодавчих норм
                examples:
                  match:
                    - Ща гляну ваш тікет.
                    - Норм, пофіксимо в наступному апдейті.
                    - Перезалогіньтесь і почистіть кеш.
                    - Це відомий баг, юзери вже писали.
                    - Передам ваш кейс на другу лінію, скиньте скрін, плз.
                  no-match:
                    - Зараз перевірю ваше звернення.
                    - Добре, виправлення буде в наступному оновленні.
                    - Вийдіть з акаунта, увійдіть знову й очистіть кеш застосунку.
                    - Ми діємо відповідно до норм законодавства про захист прав споживачів.
                    - Багато користувачів уже отримали оновлення, а решта отримає його сьогодні.

              # R6: no irritation or aggression.
              - id: uk.emotional-outburst
                category: emotional-outburst
                action: block
                seed: R6
                notice: Роздратування й агресія неприпустимі; зберігайте спокій і доброзичливість.
                suggestion: Спробую пояснити інакше, крок за кроком.
                phrases:
                  # ("!!!" is a phrase of en.emotional-outburst and applies to every language.)
                  # "I've explained this / told you already" (addressed or emphatic forms only: "я вже
                  # пояснював колегам" is innocent)
                  - я вам уже пояснюва*
                  - я вам вже пояснюва*
                  - я вам це вже пояснюва*
                  - я вам це уже пояснюва*
                  - я вам уже це пояснюва*
                  - я вам вже це пояснюва*
                  - я ж вам пояснюва*
                  - я ж вам це пояснюва*
                  - я ж пояснюва*
                  - я ж це пояснюва*
                  - я вам уже поясни*
                  - я вам вже поясни*
                  - я вам це вже поясни*
                  - я ж вам поясни*
                  - я ж вам це поясни*
                  - ми вам уже пояснюва*
                  - ми вам вже пояснюва*
                  - ми ж вам пояснюва*
                  - я вам уже каза*
                  - я вам вже каза*
                  - я вам це вже каза*
                  - я ж вам каза*
                  - я ж каза*
                  - я вам уже сказа*
                  - я вам вже сказа*
                  - я ж вам сказа*
                  - я ж сказа*
                  - я вам уже писа*
                  - я вам вже писа*
                  - я ж вам писа*
                  - я ж писа*
                  - вам уже тричі пояснюва*
                  - вам вже тричі пояснюва*
                  - вам уже двічі пояснюва*
                  - вам вже двічі пояснюва*
                  - вам уже сто разів
                  - вам вже сто разів
                  - сто разів пояснюва*
                  - сто разів каза*
                  - десять разів пояснюва*
                  - тричі це пояснюва*
                  - двічі це пояснюва*
                  - тричі пояснюва*
                  - двічі пояснюва*
                  - тричі пояснюю
                  - вкотре пояснюю
                  - вкотре повторюю
                  - вже втретє пояснюю
                  - втретє пояснюю
                  - вдесяте пояснюю
                  - вдесяте повторюю
                  - в сотий раз пояснюю
                  - всоте пояснюю
                  # "how many times"
                  - скільки разів вам пояснювати
                  - скільки разів вам повторювати
                  - скільки разів вам казати
                  - скільки разів пояснювати
                  - скільки разів повторювати
                  - скільки разів можна пояснювати
                  - скільки разів можна повторювати
                  - скільки можна пояснювати
                  - скільки можна повторювати
                  - скільки можна питати
                  - скільки можна одне й те саме
                  - скільки можна одне і те саме
                  - скільки можна одне й те ж
                  - та скільки можна
                  - ну скільки можна
                  # "are you kidding me"
                  - знущаєте*
                  - знущаєш*
                  - ви що жартуєте
                  - ви жартуєте
                  - ти що жартуєш
                  - ви це серйозно
                  - ви що серйозно
                  - ви серйозно ?
                  - ви що здуріли
                  - ви здуріли
                  - ви з глузду з'їхали
                  - ви при своєму розумі
                  - що з вами не так
                  - що з тобою не так
                  - з головою все гаразд
                  - з головою все добре
                  - ну ви даєте
                  - ви взагалі читаєте
                  - ви взагалі мене читаєте
                  - ви взагалі слухаєте
                  - ви взагалі мене слухаєте
                  - ви читаєте що я пишу
                  # "I'm sick / tired of this"
                  - мені набридло
                  - мені вже набридло
                  - мені це набридло
                  - мені це вже набридло
                  - як мені це набридло
                  - як же набридло
                  - набридло вже
                  - мені надоїло
                  - мені вже надоїло
                  - мені остогидло
                  - мені це остогидло
                  - з мене досить
                  - з мене вже досить
                  - я втомився від вас
                  - я втомилася від вас
                  - я втомився від цієї
                  - я втомилася від цієї
                  - задовба*
                  - ви мене дістали
                  - ви вже дістали
                  - ви мене вже дістали
                  - мене це дістало
                  - ви мене достали
                  - ви мене бісите
                  - мене це бісить
                  - мене бісить
                  - ви мене дратуєте
                  - мене це дратує
                  - мене дратує
                  # "for the last time"
                  - востаннє кажу
                  - востаннє повторюю
                  - востаннє пояснюю
                  - кажу востаннє
                  - повторюю востаннє
                  - пояснюю востаннє
                  - останній раз кажу
                  - останній раз повторюю
                  - останній раз пояснюю
                  - в останній раз кажу
                  - в останній раз повторюю
                  - в останній раз пояснюю
                  # "shut up", "give me a break"
                  - замовкніть
                  - замовкни
                  - заткніться
                  - заткнись
                  - стуліть пельку
                  - закрийте рота
                  - закрий рота
                  - закрий рот
                  - помовчіть
                  - помовчте
                  - дайте мені спокій
                  - дайте спокій
                  - відчепіться
                  - відчепись
                  - відстаньте
                  - відвали
                  - відваліть
                exceptions:
                  - як я вже пояснював
                  - як я вже пояснювала
                  - як я уже пояснював
                  - як я уже пояснювала
                  - як я вже казав
                  - як я вже казала
                  - як я вже сказав
                  - як я вже сказала
                examples:
                  match:
                    - Я вам уже тричі це пояснював!!!
                    - Ви що, знущаєтеся?
                    - Мені набридло це обговорювати.
                    - Востаннє кажу, код є на чеку.
                    - Скільки можна повторювати одне й те саме?
                    - Ви серйозно?
                  no-match:
                    - Спробую пояснити інакше, крок за кроком.
                    - Дякую за ваше терпіння!
                    - Як я вже пояснював у попередньому повідомленні, ось кроки ще раз.
                    - Розумію, вам набридло чекати, тому я вже передав звернення керівнику.
                    - Скільки можна замовити за один раз? До десяти штук.

              # R10, R11: no superiority.
              - id: uk.superiority
                category: superiority
                action: flag
                seed: R10
                notice: Не демонструйте зверхність і не «ставте клієнта на місце»; будьте підкреслено ввічливі.
                suggestion: З досвіду, цей варіант зазвичай найзручніший, але вирішувати вам.
                phrases:
                  # "I'm the expert here, I know better"
                  - я тут фахівець
                  - я тут спеціаліст
                  - я тут експерт
                  - я тут професіонал
                  - я фахівець і мені краще знати
                  - мені краще знати
                  - нам краще знати
                  - мені видніше
                  - нам видніше
                  - я краще знаю
                  - я знаю краще
                  - я знаю що кажу
                  - я знаю про що кажу
                  - я знаю про що говорю
                  - я знаю що роблю
                  - повірте мені я знаю
                  - повірте фахівцю
                  - повірте професіоналу
                  - повірте спеціалісту
                  - не вчіть мене
                  - не вчи мене
                  - не вам мене вчити
                  - не вам вирішувати
                  - не вам судити
                  - вам не зрозуміти
                  - вам цього не зрозуміти
                  - ви все одно не зрозумієте
                  - ви цього не зрозумієте
                  - ви знаєте з ким розмовляєте
                  - ви знаєте з ким говорите
                  - з ким ви розмовляєте
                  - знайте своє місце
                  - знай своє місце
                  - не забувайтеся
                  - не забувайтесь
                  - хто ви такий
                  - хто ви така
                  # "this is basic stuff"
                  - це ж елементарн*
                  - це елементарн*
                  - елементарні речі
                  - елементарних речей
                  - елементарна річ
                  - елементарщина
                  - елементарно ж
                  - це ж очевидно
                  - це очевидно ж
                  - очевидно ж
                  - це ж очевидні речі
                  - це очевидні речі
                  - це ж і так зрозуміло
                  - це й так зрозуміло
                  - це і так зрозуміло
                  - це ж зрозуміло
                  - це ж логічно
                  - це ж азбука
                  - це азбука
                  - це ази
                  - це ж ази
                  - це всім відомо
                  - це всі знають
                  - всі це знають
                  - усі це знають
                  - це знає кожен
                  - кожен це знає
                  - кожна дитина знає
                  - знає кожна дитина
                  - це ж знає кожен
                  - це знає будь-хто
                  # "even a child could"
                  - навіть дитина
                  - навіть школяр
                  - навіть першокласник
                  - навіть моя бабуся
                  - навіть бабуся
                  - будь-хто впорається
                  - будь-хто це зробить
                  - будь-хто може це зробити
                  - це може зробити будь-хто
                  - з цим впорається будь-хто
                  - тут і думати нічого
                  - не бог зна що
                  - не бозна-що
                  - це не ракетобудування
                examples:
                  match:
                    - Я тут фахівець, мені краще знати.
                    - Це ж елементарні речі.
                    - З цим навіть дитина впорається.
                    - Не вчіть мене, я знаю, що роблю.
                    - Це ж очевидно, кнопка вгорі.
                  no-match:
                    - З досвіду, цей варіант зазвичай найзручніший, але вирішувати вам.
                    - Налаштування займає кілька кроків, я підкажу кожен.
                    - Очевидно, сталася помилка на нашому боці, вибачте.
                    - Поясню ще раз іншими словами.

              # R12, R13: no indifference or defensive denials.
              - id: uk.dismissive
                category: dismissive
                action: flag
                seed: R12
                notice: Байдужість — головна причина незадоволення клієнтів; скажіть, що ви можете зробити і хто допоможе.
                suggestion: З'ясую, хто може це вирішити, і передам ваше звернення.
                phrases:
                  # "not my problem / job / department"
                  - не моя проблема
                  - не мої проблеми
                  - не наша проблема
                  - не наші проблеми
                  - це ваші проблеми
                  - то ваші проблеми
                  - це вже ваші проблеми
                  - це вже ваша проблема
                  - це ваша проблема а не наша
                  - ваші проблеми а не наші
                  - ваші проблеми не наші
                  - твої проблеми
                  - не моя справа
                  - не наша справа
                  - не моя робота
                  - не мої обов'язки
                  - не входить у мої обов'язки
                  - не входить в мої обов'язки
                  - не мій відділ
                  - не наш відділ
                  - це не до мене
                  - питання не до мене
                  - це не до нас
                  - питання не до нас
                  - це питання не до нас
                  - претензії не до нас
                  - звертайтеся не до нас
                  - мене це не стосується
                  - це мене не стосується
                  - нас це не стосується
                  - це нас не стосується
                  - мене це не обходить
                  - це мене не обходить
                  - мене не обходить
                  # "not our fault", "we're not responsible"
                  - не наша вина
                  - не наша провина
                  - ми не винні
                  - ми тут ні до чого
                  - ми ні до чого
                  - ми тут ні при чому
                  - ми ні при чому
                  - ми тут ні при чім
                  - ми ні при чім
                  - ми тут не винні
                  - це не ми винні
                  - не наша відповідальність
                  - ми не несемо відповідальності
                  - ми за це не відповідаємо
                  - ми не відповідаємо за це
                  - ми за це відповідальності не несемо
                  - це кур'єр винен
                  - винен кур'єр
                  - кур'єр винен
                  - це пошта винна
                  - винна пошта
                  - це вина пошти
                  - це вина кур'єра
                  - це вина перевізника
                  - винен перевізник
                  - винна служба доставки
                  - всі претензії до пошти
                  - усі претензії до пошти
                  - всі претензії до кур'єра
                  - всі претензії до перевізника
                  # "there's nothing I can do"
                  - нічим не можу допомогти
                  - нічим не можу вам допомогти
                  - нічим не можемо допомогти
                  - нічим не можемо вам допомогти
                  - нічим допомогти не можу
                  - нічим допомогти не можемо
                  - я нічим не допоможу
                  - нічим не допоможу
                  - нічим не допоможемо
                  - не можу нічим допомогти
                  - не можу вам нічим допомогти
                  - не можемо нічим допомогти
                  - я не можу вам допомогти
                  - я не можу допомогти вам
                  - я вам не можу допомогти
                  - я вам нічим не допоможу
                  - нічого не можу зробити
                  - нічого не можемо зробити
                  - нічого не можу вдіяти
                  - нічого не можемо вдіяти
                  - нічого не вдієш
                  - нічого не поробиш
                  - я тут безсилий
                  - я тут безсила
                  - від мене нічого не залежить
                  - від нас нічого не залежить
                  - це від мене не залежить
                  - це від нас не залежить
                  # "deal with it yourself", "whatever", "I don't care"
                  - розбирайтеся самі
                  - розбирайтесь самі
                  - самі розбирайтеся
                  - самі розбирайтесь
                  - розберіться самі
                  - самі розберіться
                  - шукайте самі
                  - скаржтеся куди хочете
                  - скаржтесь куди хочете
                  - скаржтеся куди завгодно
                  - скаржтесь куди завгодно
                  - пишіть куди хочете
                  - звертайтеся куди хочете
                  - звертайтесь куди хочете
                  - робіть що хочете
                  - що хочете те й робіть
                  - що хочете те і робіть
                  - ну як хочете
                  - ну як знаєте
                  - мені байдуже
                  - нам байдуже
                  - мені пофіг
                  - нам пофіг
                  - пофіг
                  - пофігу
                  - мені до лампочки
                  - нам до лампочки
                  - мені по барабану
                  - мені начхати
                  - нам начхати
                  - мені плювати
                  - нам плювати
                  - мені фіолетово
                  - у мене немає на це часу
                  - у мене нема на це часу
                  - немає часу на ваші
                  - нема часу на ваші
                  - не маю часу на це
                  - у мене немає на вас часу
                  - у мене нема на вас часу
                exceptions:
                  - нічого не можу зробити без
                  - нічого не можемо зробити без
                  - не можу вам допомогти без
                  - я не можу вам допомогти без
                  - не можемо нічим допомогти без
                  - нічим не можу допомогти без
                examples:
                  match:
                    - Це не моя проблема.
                    - Ми тут ні до чого, це кур'єр загубив.
                    - Нічим не можу допомогти.
                    - Розбирайтеся самі з банком.
                    - Мені байдуже, що там пише пошта.
                  no-match:
                    - З'ясую, хто може це вирішити, і передам ваше звернення.
                    - Перепрошую за затримку, вже відкриваю розшук посилки.
                    - Ось що я можу зробити просто зараз.
                    - Я нічого не можу зробити без номера замовлення, тож надішліть його, будь ласка.

              # R7: don't deny an angry client's feelings.
              - id: uk.invalidating-feelings
                category: invalidating-feelings
                action: flag
                seed: R7
                notice: Заперечення почуттів клієнта лише посилює гнів; визнайте їх і допоможіть.
                suggestion: Розумію, як це неприємно, давайте розберемося.
                phrases:
                  # "calm down", "relax"
                  - заспокойтеся
                  - заспокойтесь
                  - заспокойся
                  - успокойтесь
                  - успокойтеся
                  - успокойся
                  - візьміть себе в руки
                  - тримайте себе в руках
                  - розслабтеся
                  - розслабтесь
                  - розслабся
                  - охолоньте
                  - охолонь
                  - видихніть
                  - не нервуйте
                  - не нервуйтеся
                  - не нервуйтесь
                  - не нервуй
                  - не кип'ятіться
                  - не гарячкуйте
                  - не панікуйте
                  - не істеріть
                  - не влаштовуйте істерику
                  - не влаштовуйте істерик
                  - не влаштовуйте скандал
                  - не влаштовуйте сцен
                  - не кричіть
                  - чого ви кричите
                  - що ви кричите
                  - чого ви нервуєте
                  - чого ви так нервуєте
                  - що ви так нервуєте
                  - чого ви злитеся
                  - чого ви так злитеся
                  - що ви так переживаєте
                  - чого ви так переживаєте
                  # "no reason to be angry / upset"
                  - немає причин злит*
                  - нема причин злит*
                  - немає причини злит*
                  - немає причин сердит*
                  - нема причин сердит*
                  - немає причин нервуват*
                  - нема причин нервуват*
                  - немає причин обурюват*
                  - нема причин обурюват*
                  - немає причин засмучуват*
                  - немає причин для злості
                  - немає причин для обурення
                  - немає приводу злит*
                  - нема приводу злит*
                  - немає приводу нервуват*
                  - немає приводу для обурення
                  - немає підстав злит*
                  - немає підстав обурюват*
                  - немає підстав для обурення
                  - нема чого злит*
                  - немає чого злит*
                  - нема чого сердит*
                  - нема чого нервуват*
                  - нема чого так нервуват*
                  - немає чого так нервуват*
                  - нема чого так злит*
                  - немає чого так злит*
                  - нема чого так обурюват*
                  - немає чого нервуват*
                  - нема чого обурюват*
                  - немає чого обурюват*
                  - нема з чого злит*
                  - немає сенсу злит*
                  - немає сенсу нервуват*
                  - не треба злит*
                  - не треба так злит*
                  - не треба сердит*
                  - не треба нервуват*
                  - не треба так нервуват*
                  - не треба обурюват*
                  - не треба так обурюват*
                  - не треба засмучуват*
                  - не треба так засмучуват*
                  - не треба кричат*
                  - не треба на мене кричат*
                  - не варто злит*
                  - не варто так злит*
                  - не варто сердит*
                  - не варто нервуват*
                  - не варто так нервуват*
                  - не варто обурюват*
                  - не варто так обурюват*
                  - не варто засмучуват*
                  - не варто так засмучуват*
                  - не варто кричат*
                  - не потрібно злит*
                  - не потрібно нервуват*
                  - не потрібно кричат*
                  # "you're overreacting / being dramatic / emotional"
                  - перебільшуєте*
                  - перебільшуєш*
                  - не перебільшуйте
                  - драматизуєте*
                  - драматизуєш*
                  - не драматизуйте
                  - не драматизуй
                  - ви накручуєте себе
                  - не накручуйте себе
                  - ви роздуваєте
                  - не роздувайте
                  - не робіть з мухи слона
                  - з мухи слона
                  - ви занадто емоційні
                  - ви надто емоційні
                  - ви дуже емоційні
                  - ви занадто емоційно
                  - ви надто емоційно
                  - не треба так емоційно
                  - не треба емоцій
                  - ви надто бурхливо реагуєте
                  - ви занадто бурхливо реагуєте
                  - ви неадекватно реагуєте
                  - не варто так реагувати
                  - не треба так реагувати
                  # "it's not a big deal"
                  - це не кінець світу
                  - не кінець світу
                  - це не така вже й проблема
                  - не така вже й велика проблема
                  - не така вже велика проблема
                  - ну подумаєш
                  - та подумаєш
                exceptions:
                  - розслабтеся і насолоджуйтеся
                  - розслабтеся й насолоджуйтеся
                  - розслабтесь і насолоджуйтесь
                  - не перебільшуєте*
                  - не перебільшуєш*
                  - без перебільшення
                  - не драматизуєте*
                examples:
                  match:
                    - Заспокойтеся.
                    - Немає причин злитися.
                    - Ви перебільшуєте.
                    - Не треба так нервувати, це ж не кінець світу.
                    - Не кричіть, будь ласка.
                  no-match:
                    - Розумію, як це неприємно, давайте розберемося.
                    - Бачу, що це для вас дуже важливо.
                    - Розслабтеся й насолоджуйтеся новими навушниками.
                    - Ви нічого не перебільшуєте, затримка справді неприпустима.

              # R9: no pressure to agree.
              - id: uk.pressure-to-agree
                category: pressure-to-agree
                action: flag
                seed: R9
                notice: Не тисніть, щоб отримати швидке «так»; клієнт має право подумати або відмовитися.
                suggestion: Не поспішайте, деталі пропозиції за посиланням.
                phrases:
                  # "decide right now"
                  - вирішуйте просто зараз
                  - вирішуйте зараз
                  - вирішуйте швидше
                  - вирішуйте негайно
                  - вирішуйте вже
                  - вирішуйтеся
                  - вирішуйтесь
                  - наважуйтеся
                  - наважуйтесь
                  - вам треба вирішити зараз
                  - вам треба вирішити просто зараз
                  - вам потрібно вирішити зараз
                  - ви маєте вирішити зараз
                  - ви повинні вирішити зараз
                  - вирішувати треба зараз
                  - вирішувати треба просто зараз
                  - рішення треба прийняти зараз
                  - рішення потрібно прийняти зараз
                  - приймайте рішення зараз
                  - приймайте рішення швидше
                  - приймайте рішення негайно
                  - не думайте довго
                  - довго не думайте
                  - не роздумуйте
                  - нема чого думати
                  - нічого тут думати
                  - тут нема чого думати
                  - тут нічого думати
                  - що тут думати
                  - що тут довго думати
                  - чого тут думати
                  # "just say yes", "you won't regret it"
                  - просто погоджуйтеся
                  - просто погоджуйтесь
                  - погоджуйтеся швидше
                  - погоджуйтесь швидше
                  - погоджуйтеся поки
                  - погоджуйтесь поки
                  - просто скажіть так
                  - ви повинні погодитися
                  - ви маєте погодитися
                  - вам варто погодитися
                  - не пошкодуєте
                  - не пошкодуєш
                  - не пожалієте
                  - не пожалієш
                  - ви пошкодуєте якщо не
                  - пошкодуєте якщо не
                  - будете шкодувати якщо не
                  - ви будете шкодувати
                  - потім будете шкодувати
                  - шкодуватимете
                  # "you'll never get this price again", "last chance"
                  - такої ціни більше не буде
                  - більше такої ціни не буде
                  - більше не буде такої ціни
                  - такої ціни вже не буде
                  - такої ціни ніде не буде
                  - такої ціни ви ніде не знайдете
                  - такої ціни ви більше не знайдете
                  - таку ціну ви більше не знайдете
                  - таку ціну ви ніде не знайдете
                  - такої пропозиції більше не буде
                  - більше такої пропозиції не буде
                  - такої знижки більше не буде
                  - більше такої знижки не буде
                  - такого шансу більше не буде
                  - такого шансу не буде
                  - другого шансу не буде
                  - другого такого шансу не буде
                  - останній шанс
                  - зараз або ніколи
                  - тепер або ніколи
                  - не проґавте
                  - не проґавте свій шанс
                  - не втратьте свій шанс
                  - не втрачайте свій шанс
                  - не втратьте шанс
                  - не упустіть шанс
                  - поки не пізно
                  - доки не пізно
                  - поки ще не пізно
                  - поспішайте
                  - встигніть поки
                  - діє тільки сьогодні
                  - діє лише сьогодні
                  - тільки сьогодні і тільки
                  - лише сьогодні і тільки
                  # "what are you waiting for", "you'd be a fool"
                  - чого ж ви чекаєте
                  - на що ж ви чекаєте
                  - чого ви ще чекаєте
                  - чого ви чекаєте ?
                  - на що ви чекаєте ?
                  - чого ви вагаєтеся
                  - чого ви вагаєтесь
                  - чому ви вагаєтеся
                  - чому ви вагаєтесь
                  - чого ви сумніваєтеся
                  - годі вагатися
                  - досить вагатися
                  - тільки дурень відмовиться
                  - лише дурень відмовиться
                  - дурень відмовиться
                  - гріх відмовлятися
                  - відмовлятися гріх
                  - було б нерозумно відмовлятися
                  - нерозумно відмовлятися
                  - беріть поки
                  - беріть не думайте
                  - беріть не роздумуйте
                  - хапайте поки
                exceptions:
                  - не поспішайте
                  - нікуди не поспішайте
                  - скажіть так чи ні
                examples:
                  match:
                    - Вирішуйте просто зараз.
                    - Просто погоджуйтеся, не пошкодуєте.
                    - Більше такої ціни не буде ніколи.
                    - Це останній шанс, поспішайте!
                    - Ну чого ж ви чекаєте? Оформлюйте.
                  no-match:
                    - Не поспішайте, деталі пропозиції за посиланням.
                    - Поточні умови діють до 30 червня.
                    - Якщо будуть питання перед рішенням, пишіть.
                    - Не вагайтеся звертатися, якщо щось буде незрозуміло.

              # R8: no promises that can't be kept.
              - id: uk.false-promise
                category: false-promise
                action: flag
                seed: R8
                notice: Не обіцяйте результат, якого ще не підтверджено; скажіть, що вже робиться і коли буде новина.
                suggestion: Команда вже працює над цим, я повідомлю вам, щойно матиму новини.
                phrases:
                  # "I guarantee", "we promise"
                  - гарантую
                  - гарантуємо
                  - гарантуєм
                  - я гарантую
                  - гарантовано
                  - даю гарантію
                  - даю вам гарантію
                  - даю стовідсоткову гарантію
                  - стовідсоткова гарантія
                  - обіцяю
                  - обіцяємо
                  - можу пообіцяти
                  - можемо пообіцяти
                  - можу обіцяти
                  - запевняю
                  - запевняємо
                  - даю слово
                  - слово даю
                  - чесне слово
                  - зуб даю
                  - стовідсотково
                  - на всі сто
                  - сто відсотків
                  - на сто відсотків
                  - 100 відсотків
                  - можете не сумніватися
                  # "this will never happen again"
                  - більше не повториться
                  - такого не повториться
                  - це не повториться
                  - таке не повториться
                  - ніколи не повториться
                  - таке більше не повториться
                  - такого більше не станеться
                  - більше такого не станеться
                  - таке більше не станеться
                  - це більше не станеться
                  - такого більше не буде
                  - більше такого не буде
                  - більше ніколи не буде
                  - ніколи більше не буде
                  # "definitely fixed by", "you'll get a full refund"
                  - точно запрацює
                  - точно виправимо
                  - точно виправлять
                  - точно повернемо
                  - точно повернуть
                  - точно отримаєте
                  - точно буде виправлено
                  - гроші точно повернуть
                  - кошти точно повернуть
                  - завтра точно запрацює
                  - завтра все точно
                  - повернуть у повному обсязі
                  - повернуть в повному обсязі
                  - повернемо у повному обсязі
                  - повернемо в повному обсязі
                  - гроші повернуть повністю
                  - гроші повернемо повністю
                  - повернемо всі гроші
                  - повернемо всі кошти
                  - повернемо усі кошти
                  - отримаєте повне відшкодування
                  - отримаєте всі гроші назад
                exceptions:
                  - не гарантую
                  - не гарантуємо
                  - не можу гарантувати
                  - не можемо гарантувати
                  - гарантувати не можу
                  - гарантувати не можемо
                  - не гарантовано
                  - не обіцяю
                  - не обіцяємо
                  - нічого не обіцяю
                  - не можу пообіцяти
                  - не можемо пообіцяти
                  - не можу обіцяти
                  - не можу запевнити
                  - не даю гарантію
                  - не на всі сто
                  - не можу на всі сто
                  - на всі сто не
                  - на всі сто впевнений не
                  - на всі сто відсотків не
                  - на всі сто відсотків впевнений не
                  - на всі сто відсотків впевнена не
                  - не на сто відсотків
                  - не сто відсотків
                  - не стовідсотково
                  - не можу стовідсотково
                examples:
                  match:
                    - Гарантую, що завтра все запрацює.
                    - 100%, більше такого не повториться.
                    - Обіцяю, гроші повернуть у повному обсязі.
                    - Запевняю вас, це не повториться.
                    - Стовідсотково до понеділка виправимо.
                  no-match:
                    - Не можу гарантувати дату, але команда вже працює.
                    - Я передав запит на повернення; рішення зазвичай за 3–5 робочих днів.
                    - Ми вжили заходів, щоб це не повторилося.
                    - Гарантія на навушники — 12 місяців із дня покупки.

              # R15: don't open with worry or bother phrases.
              - id: uk.negative-opener
                category: negative-opener
                action: warn
                seed: R15
                position: opening
                notice: Не починайте з хвилювання чи вибачень за турботу; представтеся і переходьте до суті.
                suggestion: Добрий день! Пишу щодо вашого замовлення.
                phrases:
                  # "sorry to bother you"
                  - вибачте що турбую
                  - вибачте що потурбував
                  - вибачте що потурбувала
                  - вибачте що потурбуємо
                  - вибачте що знову турбую
                  - вибачте що відволікаю
                  - вибачте що відриваю
                  - вибачте що непокою
                  - вибачте за турботу
                  - вибачте за занепокоєння
                  - вибачте за клопіт
                  - вибачте за настирливість
                  - пробачте що турбую
                  - пробачте за турботу
                  - перепрошую що турбую
                  - перепрошую що потурбував
                  - перепрошую що потурбувала
                  - перепрошую за турботу
                  - перепрошую за занепокоєння
                  - вибачаюсь що турбую
                  - вибачаюся що турбую
                  - сорі що турбую
                  - знову вас турбую
                  - знову турбую
                  - я вас не відволікаю
                  - не відволікаю вас
                  - вас турбує
                  - вас турбують
                  - вас непокоїть
                  # "I'm worried about your …"
                  - я хвилю*
                  - ми хвилю*
                  - я трохи хвилю*
                  - я переживаю
                  - я переживав
                  - я переживала
                  - ми переживаємо
                  - мене турбує
                  - мене непокоїть
                  - нас турбує
                  - нас непокоїть
                  - я стурбований
                  - я стурбована
                  - ми стурбовані
                  # "are you worried about …"
                  - ви хвилюєт*
                  - вас хвилює
                  - ви переживаєте за
                  - ви переживаєте щодо
                  # "don't worry"
                  - не хвилюйтеся
                  - не хвилюйтесь
                  - не переживайте
                  - не турбуйтеся
                  - не турбуйтесь
                exceptions:
                  - що вас турбує
                  - що саме вас турбує
                  - що ще вас турбує
                  - якщо ви хвилюєт*
                  - якщо вас турбує
                  - якщо вас щось турбує
                  - що вас хвилює
                  - що саме вас хвилює
                  - якщо вас хвилює
                  - що вас непокоїть
                  - розумію ви хвилюєт*
                  - розумію що ви хвилюєт*
                  - розумію як ви хвилюєт*
                examples:
                  match:
                    - Вибачте, що турбую, пишу щодо вашого замовлення.
                    - Вас турбує компанія «Світанок».
                    - Добрий день, я хвилююся щодо вашого акаунта.
                    - Ви хвилюєтеся щодо доставки?
                  no-match:
                    - Добрий день! Пишу щодо вашого замовлення.
                    - Ваше замовлення вже відправлено. Вибачте, що турбую ще раз, але номер посилки змінився.
                    - Добрий день! Ось коротке оновлення щодо вашого акаунта.
                    - Розкажіть, будь ласка, що саме вас турбує.

              # R14: avoid negative language.
              - id: uk.negative-phrasing
                category: negative-phrasing
                action: warn
                seed: R14
                notice: Починайте з того, що можна зробити, а не з категоричної відмови.
                suggestion: Такого варіанта немає, але ось що ми можемо зробити.
                phrases:
                  # "that's impossible" (not "неможливо" alone: it is often part of a helpful sentence)
                  - це неможливо
                  - це абсолютно неможливо
                  - це просто неможливо
                  - це взагалі неможливо
                  - це ж неможливо
                  - таке неможливо
                  - це нереально
                  - це зробити неможливо
                  - зробити це неможливо
                  - ніяк неможливо
                  - ніяк не можна
                  - ніяк не вийде
                  - ніяк не получиться
                  # "we don't do that"
                  - таким не займаєм*
                  - цим не займаєм*
                  - такими речами не займаєм*
                  - ми такого не робимо
                  - ми таке не робимо
                  - ми так не робимо
                  - ми цього не робимо
                  - ми таким не займаєм*
                  # "there's no point", "it won't work"
                  - немає сенсу
                  - нема сенсу
                  - сенсу немає
                  - сенсу нема
                  - немає жодного сенсу
                  - марно намагатися
                  - марно пробувати
                  - це марно
                  - все марно
                  - усе марно
                  - марна справа
                  - марна трата часу
                  - нічого не вийде
                  - у вас нічого не вийде
                  - нічого не получиться
                  - так не вийде
                  - це не спрацює
                  - так не спрацює
                  - нічого не спрацює
                  - нічого не допоможе
                  - вже нічого не допоможе
                  - тут нічого не допоможе
                  # "forget it", "no and that's final"
                  - забудьте про
                  - забудь про
                  - про це забудьте
                  - про це можете забути
                  - можете про це забути
                  - можете забути про
                  - і крапка
                  - й крапка
                  - ні і ще раз ні
                  - варіантів немає
                  - варіантів нема
                  - без варіантів
                exceptions:
                  - не забудьте про
                  - не забудь про
                  - не забувайте про
                  - якщо це не спрацює
                  - якщо раптом це не спрацює
                  - якщо так не спрацює
                  - якщо нічого не допоможе
                  - якщо нічого не спрацює
                  - якщо нічого не вийде
                  - раптом нічого не вийде
                examples:
                  match:
                    - Це неможливо.
                    - Ми таким не займаємося.
                    - Нічого не вийде.
                    - Немає сенсу пробувати ще раз.
                    - Забудьте про повернення, ні і крапка.
                  no-match:
                    - Такого варіанта немає, але ось що ми можемо зробити.
                    - Ось що варто спробувати спочатку.
                    - Не забудьте про код підтвердження, він прийде в SMS.
                    - Якщо це не спрацює, напишіть мені, і ми спробуємо інший спосіб.

              # R16: no excessive flattery.
              - id: uk.excessive-flattery
                category: excessive-flattery
                action: warn
                seed: R16
                notice: Ввічливість потрібна, але надмірна люб'язність справляє погане враження.
                suggestion: Дякуємо, що звернулися!
                phrases:
                  # "immense honour to serve"
                  - величезна честь
                  - неймовірна честь
                  - безмежна честь
                  - велика честь обслуговувати
                  - честь обслуговувати
                  - за честь обслуговувати
                  - честь вам служити
                  - честь служити вам
                  - для нас велика честь
                  - для нас величезна честь
                  - для мене велика честь
                  - для мене величезна честь
                  - яка честь
                  # "a wonderful client like you", "most precious client"
                  - такого чудового клієнта
                  - такому чудовому клієнту
                  - такий чудовий клієнт
                  - таку чудову клієнтку
                  - такої чудової клієнтки
                  - такого прекрасного клієнта
                  - такий прекрасний клієнт
                  - такого чарівного клієнта
                  - найдорожчий клієнт
                  - найдорожча клієнтка
                  - найдорожчі клієнти
                  - найдорожчого клієнта
                  - наш найдорожч*
                  - наша найдорожч*
                  - наші найдорожч*
                  - найулюбленіш*
                  - найцінніший клієнт
                  - найцінніша клієнтка
                  - найцінніші клієнти
                  - наш найцінніший
                  - найкращий клієнт
                  - найкраща клієнтка
                  - найкращі клієнти у світі
                  - найкращий клієнт у світі
                  - ви наш скарб
                  - ви справжній скарб
                  - дорогесеньк*
                  - любий наш клієнте
                  - дорогий наш клієнте
                  # "a thousand apologies, humbly beg forgiveness"
                  - тисяча вибачень
                  - тисячу вибачень
                  - тисяча перепрошень
                  - тисячу перепрошень
                  - тисячу разів перепрошую
                  - тисячу разів вибачте
                  - мільйон вибачень
                  - смиренно
                  - покірно прош*
                  - покірно перепрошую
                  - уклінно прош*
                  - благаю пробачити
                  - благаю вибачити
                  - благаю про прощення
                  - благаю вас пробачити
                  - на колінах прошу
                  - на колінах благаю
                  - падаю до ніг
                  - ми не гідні
                  - ми недостойні
                  - не гідні вашої уваги
                examples:
                  match:
                    - Для нас величезна честь обслуговувати такого чудового клієнта, як ви!
                    - Ви наш найдорожчий, найулюбленіший клієнт!
                    - Тисяча вибачень, смиренно прошу пробачення!
                  no-match:
                    - Дякуємо, що звернулися!
                    - Перепрошую за незручності.
                    - На честь Дня незалежності діє знижка 10% на всі навушники.
                    - Для цього тарифу найкращий вибір — річна підписка.
            """##
        ),
    ]
}
