// Perspective replay (classroom mode): Tommy in the fourth second-hand shop in Cromer, the afternoon Kathy finds
// a copy of her lost tape and he buys it for her. Imagined, not in the novel: original interior monologue,
// agreeing with beat_norfolk.ink (lost_corner, the_shops). (Book: Part Two, chapter 15.) Outcomes never change.

// What goes through Tommy when Kathy, not he, finds the tape. Read again at the counter.
LIST persp_tommy_found = glad_for_her, wished_it_was_me, both_at_once

=== perspective_tommy ===
# place: cromer_shop
# register: memory
# light: day
# weather: clear
# ambience: room
# music: none
# cast: tommy kathy
Imagined, not in the novel: this is what Tommy might have been thinking, as we picture it, while he and Kathy searched the second-hand shops of Cromer for her lost tape.
Fourth shop. I've been counting. Counting's something to do with your head when it won't keep still.
This one smells of lamp oil and somebody's dinner. The bell on the door doesn't ring, it sort of clanks, and nobody comes out when it does.
Kath's gone to the back. I'm at a table of china, holding up a shepherdess with no head.
I'm not interested in her. I'm holding her up so Kath'll laugh. She does, a bit, over her shoulder. That's three times this afternoon. I'm counting those as well.
Here's the thing I'm not saying. I want to be the one who finds it.
Not for a prize. Just so that for once I'm the one who got something right.
At lunch Ruth told Chrissie I was never really in on things. She said it nicely. That's how she says the worst ones.
The stupid part is, she isn't wrong. I wasn't in on things. I was out on the field shouting while everyone else was learning which things to pretend they knew.
So when I said I'd never heard of deferrals, I thought I was just telling the truth. I didn't know the truth could be the wrong answer.
Kath didn't say anything at lunch. I'm not cross about that. I saw her face. Kath's face says things even when she doesn't.
The lost corner was my idea. I'd like that written down somewhere.
I've known about that tape since Hailsham. When it went missing, word got across to our side that the girls were turning out drawers for days.
But I knew about it before that. I used to see her carrying it about, held flat against her front, the way you'd carry a letter you hadn't opened yet.
I never asked what was on it. You didn't, with Kath. You waited, and sometimes she told you. She never told me that one.
I crouch down by a box of old records and tip my head sideways to read them, and don't read them. I'm thinking about the animals.
Nobody knows about the animals. Not Ruth. Ruth would laugh. Or worse, she'd be kind about them.
And I've got a theory, about Madame and the Gallery and what all our pictures were really for. It's been going round in me for weeks, like a marble in a tin.
I'm going to tell Kath. Not in here. Outside, walking, where you don't have to look at each other while you say it.
Then it goes quiet at the back of the shop. Not shop-quiet. Kath-quiet.
She's under a table of lamps with no shades, with a cardboard box on her knees, and she's stopped moving. She doesn't call me. For a bit she doesn't do anything.
# music: song_after_dark
Then she says my name and holds it up, and it's the woman with the cigarette on the front, and I know it straight off, though I only ever saw it from across a room.
And what goes through me, all at once, is
* [gladness, plain and whole, because it's hers again. # stance: persp_tommy_found.glad_for_her]
    ~ persp_tommy_found = glad_for_her
    I thought I'd mind who found it. I don't. Her face has gone about eleven years old, and I'd walk every shop on this coast twice for that.
* [a small, mean wish that it had been my hand in that box. # stance: persp_tommy_found.wished_it_was_me]
    ~ persp_tommy_found = wished_it_was_me
    It's up in me before I can stop it: one thing, just one, that I'd found for her myself. I squash it flat. Today's not the day for it.
* [both, knotted so tight I can't tell which is which. # stance: persp_tommy_found.both_at_once]
    ~ persp_tommy_found = both_at_once
    Glad for her, sorry for me. They cross like two lines in a drawing, and you can't unpick afterwards which one you put down first.
- So I do the joke about the box, how I'd have found it if I'd got there first. She laughs. The joke's doing a job. It's holding the lid on.
Then I take the tape off her, before she can stop me, and go to the counter.
I count the coins out onto the glass one at a time, because my hands want something slow to do.
It costs next to nothing. I'd have paid a lot more. I'd have paid whatever I had.
If I pay, it's a present. If I pay, a bit of the finding is mine.
{persp_tommy_found:
- glad_for_her: Not that I need it to be. I just want her to have something that somebody chose to give her, for once, instead of something that turned up.
- wished_it_was_me: That's the mean wish again, I know, dressed up as being generous. I pay anyway. It's still true, both ways.
- both_at_once: The glad bit and the sorry bit go onto the counter together, with the coins. I can't tell them apart there either.
}
The shopkeeper puts it in a paper bag and folds the top over twice.
I hold it out to her with both hands, like a cup at the end of term. If I gave it her the normal way, I think my face would go wrong.
We're meant to be back at the car by five. I keep thinking it, the way you keep pressing a bruise. The car, and Ruth, and Chrissie's questions.
And after the Cottages, the other thing, for all of us, that nobody says the name of.
But that isn't yet. Out there it's still the afternoon, and it's still ours, and I've got the thing about Madame to tell her on the way back.
I carry the bag with the tape in it against my coat all the way back to the car, as if it could get lost a second time. # reflect: persp_tommy
-> DONE
