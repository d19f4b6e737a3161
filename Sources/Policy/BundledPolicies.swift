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
        )
    ]
}
