// A text adventure driven by a script of commands: rooms and items as enums with fields,
// constructors and per-constant methods, an `EnumMap` inventory, a state machine with
// `switch` expressions (`->` and `yield`), `values()`/`valueOf` (and its errors), `ordinal`,
// `compareTo`, `EnumSet` ranges, and a command parser.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

public class RealAdventure {
    enum Direction {
        NORTH('n'), SOUTH('s'), EAST('e'), WEST('w');

        final char key;

        Direction(char key) {
            this.key = key;
        }

        Direction opposite() {
            return switch (this) {
                case NORTH -> SOUTH;
                case SOUTH -> NORTH;
                case EAST -> WEST;
                case WEST -> EAST;
            };
        }

        static Direction parse(String word) {
            for (Direction d : values()) {
                if (word.length() == 1 && d.key == word.charAt(0)) {
                    return d;
                }
            }
            return valueOf(word.toUpperCase(Locale.ROOT));
        }
    }

    enum Item {
        LAMP(2, "a brass lamp") {
            @Override
            String use(Game g) {
                g.lit = !g.lit;
                return g.lit ? "The lamp glows." : "The lamp goes dark.";
            }
        },
        KEY(1, "a small key") {
            @Override
            String use(Game g) {
                if (g.room == Room.VAULT_DOOR) {
                    g.unlocked = true;
                    return "The vault door clicks open.";
                }
                return "Nothing to unlock here.";
            }
        },
        GOLD(5, "a heap of gold") {
            @Override
            String use(Game g) {
                return "You count the gold: " + g.inventory.getOrDefault(this, 0) * 100 + " coins.";
            }
        },
        ROPE(3, "a coil of rope") {
            @Override
            String use(Game g) {
                return "You tie the rope to nothing in particular.";
            }

            @Override
            boolean stackable() {
                return false;
            }
        };

        final int weight;
        final String description;

        Item(int weight, String description) {
            this.weight = weight;
            this.description = description;
        }

        abstract String use(Game g);

        boolean stackable() {
            return true;
        }
    }

    enum Room {
        HALL("a dusty hall", false),
        LIBRARY("a silent library", false),
        CELLAR("a damp cellar", true),
        VAULT_DOOR("before a steel door", true),
        VAULT("inside the vault", true);

        final String text;
        final boolean dark;
        private final Map<Direction, Room> exits = new EnumMap<>(Direction.class);

        Room(String text, boolean dark) {
            this.text = text;
            this.dark = dark;
        }

        static void connect(Room a, Direction d, Room b) {
            a.exits.put(d, b);
            b.exits.put(d.opposite(), a);
        }

        static {
            connect(HALL, Direction.NORTH, LIBRARY);
            connect(HALL, Direction.EAST, CELLAR);
            connect(CELLAR, Direction.SOUTH, VAULT_DOOR);
            connect(VAULT_DOOR, Direction.EAST, VAULT);
        }
    }

    enum State { PLAYING, WON, QUIT }

    static final class Game {
        Room room = Room.HALL;
        boolean lit;
        boolean unlocked;
        State state = State.PLAYING;
        int moves;
        final EnumMap<Item, Integer> inventory = new EnumMap<>(Item.class);
        final Map<Room, List<Item>> floor = new EnumMap<>(Room.class);
        final Deque<Room> trail = new ArrayDeque<>();

        Game() {
            for (Room r : Room.values()) {
                floor.put(r, new ArrayList<>());
            }
            floor.get(Room.HALL).add(Item.LAMP);
            floor.get(Room.LIBRARY).add(Item.KEY);
            floor.get(Room.LIBRARY).add(Item.ROPE);
            floor.get(Room.VAULT).add(Item.GOLD);
            floor.get(Room.VAULT).add(Item.GOLD);
        }

        int load() {
            return inventory.entrySet().stream().mapToInt(e -> e.getKey().weight * e.getValue()).sum();
        }

        String look() {
            if (room.dark && !lit) {
                return "It is pitch dark.";
            }
            String items = floor.get(room).isEmpty() ? "nothing"
                    : floor.get(room).stream().map(i -> i.description).collect(Collectors.joining(", "));
            String exits = room.exits.keySet().stream().map(d -> d.name().toLowerCase()).collect(Collectors.joining("/"));
            return "You are " + room.text + ". You see " + items + ". Exits: " + exits + ".";
        }

        String go(Direction d) {
            Room next = room.exits.get(d);
            if (next == null) {
                return "You cannot go " + d.name().toLowerCase() + ".";
            }
            if (next == Room.VAULT && !unlocked) {
                return "The steel door is locked.";
            }
            trail.push(room);
            room = next;
            moves++;
            if (room == Room.VAULT) {
                state = State.WON;
            }
            return look();
        }

        String take(String what) {
            if (room.dark && !lit) {
                return "You fumble in the dark.";
            }
            Item item;
            try {
                item = Item.valueOf(what.toUpperCase());
            } catch (IllegalArgumentException e) {
                return "No such thing: " + e.getMessage();
            }
            if (!floor.get(room).remove(item)) {
                return "There is no " + what + " here.";
            }
            if (!item.stackable() && inventory.containsKey(item)) {
                floor.get(room).add(item);
                return "You already carry one.";
            }
            if (load() + item.weight > 8) {
                floor.get(room).add(item);
                return "Too heavy (" + load() + "+" + item.weight + ").";
            }
            inventory.merge(item, 1, Integer::sum);
            return "Taken: " + item.description + ".";
        }
    }

    static String step(Game g, String line) {
        String[] words = line.trim().split("\\s+", 2);
        String verb = words[0].toLowerCase();
        String arg = words.length > 1 ? words[1] : "";
        return switch (verb) {
            case "look", "l" -> g.look();
            case "go" -> {
                try {
                    yield g.go(Direction.parse(arg));
                } catch (IllegalArgumentException e) {
                    yield "Which way? (" + e.getMessage() + ")";
                }
            }
            case "n", "s", "e", "w" -> g.go(Direction.parse(verb));
            case "take" -> g.take(arg);
            case "use" -> {
                Item item = g.inventory.keySet().stream().filter(i -> i.name().equalsIgnoreCase(arg)).findFirst().orElse(null);
                yield item == null ? "You have no " + arg + "." : item.use(g);
            }
            case "back" -> {
                if (g.trail.isEmpty()) {
                    yield "Nowhere to go back to.";
                }
                g.room = g.trail.pop();
                yield "You retrace your steps. " + g.look();
            }
            case "inv" -> g.inventory.isEmpty() ? "You carry nothing." : "You carry " + g.inventory + " (weight " + g.load() + ")";
            case "quit" -> {
                g.state = State.QUIT;
                yield "Bye.";
            }
            default -> "I do not know how to " + verb + ".";
        };
    }

    public static void main(String[] args) {
        String script = """
                look
                take lamp
                go north
                take key
                take rope
                take rope
                inv
                take sword
                dance
                s
                go up
                go east
                look
                use lamp
                look
                go s
                e
                use key
                back
                e
                take gold
                take gold
                use gold
                inv
                """;
        Game g = new Game();
        for (String line : script.lines().toList()) {
            if (g.state != State.PLAYING) {
                break;
            }
            System.out.printf("> %-10s %s%n", line, step(g, line));
        }
        System.out.println("state " + g.state + " after " + g.moves + " moves, trail " + g.trail);

        System.out.println(Direction.valueOf("WEST").opposite() + " " + Direction.WEST.compareTo(Direction.NORTH) + " " + Direction.EAST.ordinal());
        System.out.println(EnumSet.range(Room.LIBRARY, Room.VAULT_DOOR) + " " + EnumSet.complementOf(EnumSet.of(Room.HALL, Room.VAULT)));
        Set<Room> darkRooms = EnumSet.noneOf(Room.class);
        for (Room r : Room.values()) {
            if (r.dark) {
                darkRooms.add(r);
            }
        }
        System.out.println("dark " + darkRooms + " all dark? " + darkRooms.containsAll(EnumSet.allOf(Room.class)));
        for (Item i : Item.values()) {
            System.out.println(i + " " + i.ordinal() + " " + i.weight + " stackable=" + i.stackable() + " class-is-enum=" + (i.getDeclaringClass() == Item.class));
        }
        Map<Boolean, List<Item>> heavy = java.util.Arrays.stream(Item.values()).collect(Collectors.partitioningBy(i -> i.weight > 2));
        System.out.println(heavy);
        EnumMap<State, Integer> counts = new EnumMap<>(State.class);
        counts.put(State.QUIT, 1);
        counts.put(State.PLAYING, 2);
        System.out.println(counts + " " + counts.keySet().iterator().next() + " " + counts.containsKey(State.WON));
        try {
            Room.valueOf("ATTIC");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Direction.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
    }
}
